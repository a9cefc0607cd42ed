package io.mlopsradar.store;

import io.mlopsradar.accounts.Account;
import io.mlopsradar.accounts.Secrets;
import io.mlopsradar.audit.Actor;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Personal API tokens: shown once when created, stored as SHA-256 digests, revocable, each with an expiry. */
public final class ApiTokenRepository {
    public static final String PREFIX = "rdr_";
    private final Jdbi jdbi;
    private final Clock clock;

    /** A token as its owner sees it listed (never the secret itself). */
    public record Listed(long id, String label, OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt) {
        public boolean usable(OffsetDateTime now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** A new token: its id and the secret, which is never shown again. */
    public record Created(long id, String secret, OffsetDateTime expiresAt) {
    }

    public ApiTokenRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Created create(Actor actor, Account owner, String label, OffsetDateTime expiresAt) {
        if (label == null || label.isBlank() || label.length() > 200) throw new IllegalArgumentException("a token needs a label of 1 to 200 characters");
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (expiresAt == null || !expiresAt.isAfter(now)) throw new IllegalArgumentException("a token's expiry must be in the future");
        String secret = Secrets.random(PREFIX);
        return Changes.inWriteTransaction(jdbi, h -> {
            long id = h.createUpdate("INSERT INTO api_token (account_id, label, token_hash, created_at, expires_at)"
                            + " VALUES (:a, :l, :t, :now, :exp)")
                    .bind("a", owner.id()).bind("l", label.strip()).bind("t", Secrets.digest(secret)).bind("now", now)
                    .bind("exp", expiresAt).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            AuditLog.append(h, clock, actor, "token.create", "token:" + id, null,
                    Map.of("owner", owner.name(), "label", label.strip(), "expires_at", expiresAt.toString()));
            return new Created(id, secret, expiresAt);
        });
    }

    public List<Listed> of(Account owner) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, label, created_at, expires_at, revoked_at FROM api_token"
                        + " WHERE account_id = :a ORDER BY id")
                .bind("a", owner.id())
                .map((rs, ctx) -> new Listed(rs.getLong(1), rs.getString(2), Times.read(rs, 3, ctx),
                        Times.read(rs, 4, ctx), Times.read(rs, 5, ctx))).list());
    }

    /** Revokes one of the owner's tokens; another person's token counts as missing. */
    public void revoke(Actor actor, Account owner, long id) {
        Changes.inWriteTransaction(jdbi, h -> {
            int n = h.createUpdate("UPDATE api_token SET revoked_at = :now WHERE id = :id AND account_id = :a AND revoked_at IS NULL")
                    .bind("now", OffsetDateTime.now(clock)).bind("id", id).bind("a", owner.id()).execute();
            if (n == 0) throw new NoSuchElementException("no active token " + id + " of " + owner.name());
            AuditLog.append(h, clock, actor, "token.revoke", "token:" + id, Map.of("owner", owner.name()), null);
            return null;
        });
    }

    /** The account behind a bearer token, if the token is current and the account enabled. */
    public Optional<Account> account(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) return Optional.empty();
        Optional<String> name = jdbi.withHandle(h -> h.createQuery("SELECT a.name FROM api_token t JOIN account a ON a.id = t.account_id"
                        + " WHERE t.token_hash = :t AND t.revoked_at IS NULL AND t.expires_at > :now AND a.disabled = FALSE")
                .bind("t", Secrets.digest(secret)).bind("now", OffsetDateTime.now(clock)).mapTo(String.class).findOne());
        return name.flatMap(n -> jdbi.withHandle(h -> AccountRepository.find(h, n)));
    }
}
