package io.mlopsradar.store;

import io.mlopsradar.accounts.Secrets;
import io.mlopsradar.accounts.SignInLimiter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;

/**
 * Failed sign-ins in the database, so that N server instances on it share one count per name and per address. Keys
 * are stored as digests; rows older than the window are removed as new failures arrive.
 */
public final class SignInFailures implements SignInLimiter.Failures {
    private final Jdbi jdbi;

    public SignInFailures(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public int since(String key, Instant since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sign_in_failure WHERE key_hash = :k AND failed_at >= :since")
                .bind("k", Secrets.digest(key)).bind("since", at(since)).mapTo(Integer.class).one());
    }

    @Override
    public void add(String key, Instant at, Instant forgetBefore) {
        Changes.inWriteTransaction(jdbi, h -> {
            h.createUpdate("DELETE FROM sign_in_failure WHERE failed_at < :before").bind("before", at(forgetBefore)).execute();
            return h.createUpdate("INSERT INTO sign_in_failure (key_hash, failed_at) VALUES (:k, :at)")
                    .bind("k", Secrets.digest(key)).bind("at", at(at)).execute();
        });
    }

    @Override
    public void clear(String key) {
        Changes.inWriteTransaction(jdbi, h -> h.createUpdate("DELETE FROM sign_in_failure WHERE key_hash = :k")
                .bind("k", Secrets.digest(key)).execute());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
