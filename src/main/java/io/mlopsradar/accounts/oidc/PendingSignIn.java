package io.mlopsradar.accounts.oidc;

import io.mlopsradar.accounts.Secrets;

/**
 * A sign-in sent to the provider and waiting for the browser to come back: the state that names it in the callback,
 * the nonce the ID token must carry, the PKCE verifier for the code exchange, and the page to return to.
 */
public record PendingSignIn(String state, String nonce, String verifier, String next) {
    /** A new sign-in with fresh random state, nonce and verifier (256 bits each). */
    public static PendingSignIn begin(String next) {
        return new PendingSignIn(Secrets.random(""), Secrets.random(""), Pkce.verifier(), next);
    }
}
