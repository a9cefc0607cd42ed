package io.mlopsradar.store;

import io.mlopsradar.accounts.Secrets;
import io.mlopsradar.accounts.oidc.PendingSignIn;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Single sign-ons under way, kept in the database so that any server instance can finish one another started. Each
 * is bound to the browser that started it (by a digest of its CSRF token), lasts {@link #LIFETIME} and can be
 * finished once: taking it deletes it, so a replayed callback finds nothing.
 */
public final class SignInFlows {
    public static final Duration LIFETIME = Duration.ofMinutes(10);
    private final Jdbi jdbi;
    private final Clock clock;

    public SignInFlows(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Keeps a new sign-in for this browser, and forgets the expired ones. */
    public void begin(PendingSignIn pending, String browserToken) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Changes.inWriteTransaction(jdbi, h -> {
            h.createUpdate("DELETE FROM oidc_pending_sign_in WHERE expires_at < :now").bind("now", now).execute();
            return h.createUpdate("INSERT INTO oidc_pending_sign_in (state_hash, browser_hash, nonce, code_verifier, next_path, expires_at)"
                            + " VALUES (:s, :b, :n, :v, :next, :exp)")
                    .bind("s", Secrets.digest(pending.state())).bind("b", Secrets.digest(browserToken)).bind("n", pending.nonce())
                    .bind("v", pending.verifier()).bind("next", pending.next()).bind("exp", now.plus(LIFETIME)).execute();
        });
    }

    /**
     * The sign-in this state names, once: it is deleted whatever the outcome, and found only when it has not expired,
     * was started by this browser and no other request took it first.
     */
    public Optional<PendingSignIn> take(String state, String browserToken) {
        if (state == null || state.isBlank() || browserToken == null) return Optional.empty();
        String stateHash = Secrets.digest(state);
        record Row(String browserHash, String nonce, String verifier, String next, OffsetDateTime expires) {
        }
        return Changes.inWriteTransaction(jdbi, h -> {
            Optional<Row> row = h.createQuery("SELECT browser_hash, nonce, code_verifier, next_path, expires_at FROM oidc_pending_sign_in"
                            + " WHERE state_hash = :s").bind("s", stateHash)
                    .map((rs, ctx) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Times.read(rs, 5, ctx))).findOne();
            // the delete decides between two instances finishing the same sign-in: only one of them removes the row
            int taken = h.createUpdate("DELETE FROM oidc_pending_sign_in WHERE state_hash = :s").bind("s", stateHash).execute();
            if (row.isEmpty() || taken != 1) return Optional.<PendingSignIn>empty();
            Row r = row.get();
            if (!r.expires().isAfter(OffsetDateTime.now(clock)) || !Secrets.same(r.browserHash(), Secrets.digest(browserToken))) {
                return Optional.<PendingSignIn>empty();
            }
            return Optional.of(new PendingSignIn(state, r.nonce(), r.verifier(), r.next()));
        });
    }
}
