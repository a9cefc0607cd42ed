package io.mlopsradar.web;

import java.time.Duration;

/**
 * How the team features behave on this server: whether cookies carry Secure (on behind HTTPS), how long a session
 * lasts, how many failed sign-ins an account name may have per window, and how webhooks retry.
 */
public record TeamConfig(boolean secureCookies, Duration sessionLifetime, int maxSignInFailures, Duration signInWindow,
                         Duration webhookRetryDelay, int webhookAttempts) {
    public static TeamConfig defaults() {
        return new TeamConfig(false, Duration.ofHours(12), 5, Duration.ofMinutes(15), Duration.ofSeconds(5), 6);
    }

    public TeamConfig withSecureCookies(boolean secure) {
        return new TeamConfig(secure, sessionLifetime, maxSignInFailures, signInWindow, webhookRetryDelay, webhookAttempts);
    }

    /** Webhook deliveries retried after delay, 2 × delay, 4 × delay, …, at most this many attempts in all. */
    public TeamConfig withWebhookRetry(Duration delay, int attempts) {
        return new TeamConfig(secureCookies, sessionLifetime, maxSignInFailures, signInWindow, delay, attempts);
    }
}
