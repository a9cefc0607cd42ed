package io.mlopsradar.signals;

import java.time.Duration;

/**
 * How outside APIs are called: request timeout, how many attempts for a failing request, the first backoff (doubled
 * on each retry), and the longest wait accepted for a rate limit to reset before giving up on that source.
 */
public record HttpSettings(Duration timeout, int attempts, Duration backoff, Duration maxRateLimitWait) {
    public static HttpSettings defaults() {
        return new HttpSettings(Duration.ofSeconds(20), 3, Duration.ofSeconds(1), Duration.ofMinutes(5));
    }
}
