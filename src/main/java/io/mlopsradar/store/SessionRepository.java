package io.mlopsradar.store;

import io.mlopsradar.accounts.Account;
import io.mlopsradar.accounts.Secrets;
import io.mlopsradar.audit.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Signed-in sessions kept in the database, so every server instance on it accepts them. The browser holds the
 * session id; the table holds only its SHA-256 digest.
 */
public final class SessionRepository {
    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration lifetime;

    public SessionRepository(Jdbi jdbi, Clock clock, Duration lifetime) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** Starts a session for the account and returns its id (to be sent once, as a cookie). */
    public String start(Account account, Actor actor) {
        String id = Secrets.random("");
        Changes.inWriteTransaction(jdbi, h -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            h.createUpdate("INSERT INTO account_session (token_hash, account_id, created_at, expires_at) VALUES (:t, :a, :now, :exp)")
                    .bind("t", Secrets.digest(id)).bind("a", account.id()).bind("now", now).bind("exp", now.plus(lifetime)).execute();
            AuditLog.append(h, clock, actor, "account.sign-in", "account:" + account.name(), null, null);
            return null;
        });
        return id;
    }

    /** The signed-in account for a session id, if the session is current and the account enabled. */
    public Optional<Account> account(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) return Optional.empty();
        Optional<String> name = jdbi.withHandle(h -> h.createQuery("SELECT a.name FROM account_session s JOIN account a ON a.id = s.account_id"
                        + " WHERE s.token_hash = :t AND s.expires_at > :now AND a.disabled = FALSE")
                .bind("t", Secrets.digest(sessionId)).bind("now", OffsetDateTime.now(clock)).mapTo(String.class).findOne());
        return name.flatMap(n -> jdbi.withHandle(h -> AccountRepository.find(h, n)));
    }

    public void end(String sessionId) {
        if (sessionId == null) return;
        Changes.inWriteTransaction(jdbi, h -> h.createUpdate("DELETE FROM account_session WHERE token_hash = :t OR expires_at < :now")
                .bind("t", Secrets.digest(sessionId)).bind("now", OffsetDateTime.now(clock)).execute());
    }

    static void endAll(Handle h, long accountId) {
        h.createUpdate("DELETE FROM account_session WHERE account_id = :a").bind("a", accountId).execute();
    }
}
