package io.mlopsradar.signals;

import java.time.Duration;

/** Waits; tests pass one that only records the waits, so retries and rate limits cost no time. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;

    /** The real thing. */
    static Sleeper system() {
        return d -> Thread.sleep(d.toMillis());
    }
}
