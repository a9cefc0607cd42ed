package io.mlopsradar.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Limits failed sign-ins per account name and per address within a sliding window, whether the account exists or not,
 * so guessing passwords is slow and probing for names learns nothing. The failures are counted where {@link Failures}
 * keeps them (the database, so every server instance shares the count).
 */
public final class SignInLimiter {
    /** Where failures are counted, by key: "name:" + the lower-cased name, or "address:" + the client's address. */
    public interface Failures {
        /** How many failures the key has had since the instant. */
        int since(String key, Instant since);

        /** Counts one failure at the instant; failures before {@code forgetBefore} may be forgotten. */
        void add(String key, Instant at, Instant forgetBefore);

        /** Forgets the key's failures. */
        void clear(String key);
    }

    private final Failures failures;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    public SignInLimiter(Failures failures, Clock clock, int maxFailures, Duration window) {
        this.failures = failures;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** True when this name or address failed too often lately; the attempt must then be refused unchecked. */
    public boolean blocked(String name, String address) {
        Instant since = clock.instant().minus(window);
        return failures.since(nameKey(name), since) >= maxFailures || failures.since(addressKey(address), since) >= maxFailures * 4;
    }

    public void failed(String name, String address) {
        Instant now = clock.instant();
        failures.add(nameKey(name), now, now.minus(window));
        failures.add(addressKey(address), now, now.minus(window));
    }

    public void succeeded(String name) {
        failures.clear(nameKey(name));
    }

    private static String nameKey(String name) {
        return "name:" + (name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
