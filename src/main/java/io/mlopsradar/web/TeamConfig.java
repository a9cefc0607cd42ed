package io.mlopsradar.web;

import java.time.Duration;

/**
 * How the team features behave on this server: whether cookies carry Secure (on behind HTTPS), how long a session
 * lasts, and how many failed sign-ins an account name may have per window.
 */
public record TeamConfig(boolean secureCookies, Duration sessionLifetime, int maxSignInFailures, Duration signInWindow) {
    public static TeamConfig defaults() {
        return new TeamConfig(false, Duration.ofHours(12), 5, Duration.ofMinutes(15));
    }

    public TeamConfig withSecureCookies(boolean secure) {
        return new TeamConfig(secure, sessionLifetime, maxSignInFailures, signInWindow);
    }
}
