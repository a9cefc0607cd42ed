package io.mlopsradar.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-ins per account name and per address within a sliding window, whether the account exists or not,
 * so guessing passwords is slow and probing for names learns nothing.
 */
public final class SignInLimiter {
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public SignInLimiter(Clock clock, int maxFailures, Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** True when this name or address failed too often lately; the attempt must then be refused unchecked. */
    public boolean blocked(String name, String address) {
        return count("name:" + key(name)) >= maxFailures || count("addr:" + address) >= maxFailures * 4;
    }

    public void failed(String name, String address) {
        add("name:" + key(name));
        add("addr:" + address);
    }

    public void succeeded(String name) {
        failures.remove("name:" + key(name));
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private int count(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) return 0;
        synchronized (times) {
            Instant since = clock.instant().minus(window);
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) times.removeFirst();
            return times.size();
        }
    }

    private void add(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
        }
    }
}
