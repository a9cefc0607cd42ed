package io.mlopsradar.web;

import io.mlopsradar.accounts.oidc.OidcSettings;
import java.time.Duration;

/**
 * How the team features behave on this server: whether cookies carry Secure (on behind HTTPS), how long a session
 * lasts, how many failed sign-ins an account name may have per window, how webhooks retry, and how people sign in
 * (single sign-on when {@code singleSignOn} is set, and whether passwords are accepted too).
 */
public record TeamConfig(boolean secureCookies, Duration sessionLifetime, int maxSignInFailures, Duration signInWindow,
                         Duration webhookRetryDelay, int webhookAttempts, OidcSettings singleSignOn, boolean localSignIn) {
    public static TeamConfig defaults() {
        return new TeamConfig(false, Duration.ofHours(12), 5, Duration.ofMinutes(15), Duration.ofSeconds(5), 6, null, true);
    }

    public TeamConfig withSecureCookies(boolean secure) {
        return new TeamConfig(secure, sessionLifetime, maxSignInFailures, signInWindow, webhookRetryDelay, webhookAttempts, singleSignOn, localSignIn);
    }

    /** Webhook deliveries retried after delay, 2 × delay, 4 × delay, …, at most this many attempts in all. */
    public TeamConfig withWebhookRetry(Duration delay, int attempts) {
        return new TeamConfig(secureCookies, sessionLifetime, maxSignInFailures, signInWindow, delay, attempts, singleSignOn, localSignIn);
    }

    /** Single sign-on with this provider (null: off); with {@code localSignIn} false, passwords are no longer accepted. */
    public TeamConfig withSignIn(OidcSettings sso, boolean local) {
        if (sso == null && !local) throw new IllegalArgumentException("password sign-in can be turned off only when single sign-on is configured");
        return new TeamConfig(secureCookies, sessionLifetime, maxSignInFailures, signInWindow, webhookRetryDelay, webhookAttempts, sso, local);
    }
}
