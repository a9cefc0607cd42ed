package io.mlopsradar.accounts.oidc;

import io.mlopsradar.accounts.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Proof Key for Code Exchange (RFC 7636) with the S256 method: a random verifier and its challenge. */
public final class Pkce {
    private Pkce() {
    }

    /** A new verifier: 43 URL-safe characters from 32 random bytes. */
    public static String verifier() {
        return Secrets.random("");
    }

    /** BASE64URL(SHA-256(verifier)), without padding. */
    public static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
