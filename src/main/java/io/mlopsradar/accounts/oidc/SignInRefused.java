package io.mlopsradar.accounts.oidc;

/** A single sign-on that must not go through; the message is safe to show (it holds no token contents). */
public final class SignInRefused extends RuntimeException {
    public SignInRefused(String message) {
        super(message);
    }

    public SignInRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
