package io.mlopsradar.store;

import io.mlopsradar.accounts.Account;
import io.mlopsradar.accounts.Passwords;
import io.mlopsradar.accounts.Secrets;
import io.mlopsradar.audit.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The first-start setup link: while the database has no site administrator, {@code serve} issues a random secret
 * (kept only as its digest, expiring) for a link where the first admin chooses a name and password. Using a link
 * creates the admin and removes every link, so each works once; once an admin exists no link is issued or accepted.
 */
public final class SetupLinks {
    /** How long a printed link stays usable. */
    public static final Duration LIFETIME = Duration.ofHours(24);
    private final Jdbi jdbi;
    private final Clock clock;

    public SetupLinks(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A new link's secret when no site administrator exists yet; empty otherwise. */
    public Optional<String> issue() {
        String secret = Secrets.random("");
        return Changes.inWriteTransaction(jdbi, h -> {
            if (adminExists(h)) return Optional.<String>empty();
            OffsetDateTime now = OffsetDateTime.now(clock);
            h.createUpdate("DELETE FROM setup_token WHERE expires_at <= :now").bind("now", now).execute();
            h.createUpdate("INSERT INTO setup_token (token_hash, created_at, expires_at) VALUES (:t, :now, :exp)")
                    .bind("t", Secrets.digest(secret)).bind("now", now).bind("exp", now.plus(LIFETIME)).execute();
            return Optional.of(secret);
        });
    }

    /** True when the secret is a current link's (issued, unexpired, unused, and still no admin). */
    public boolean valid(String secret) {
        return jdbi.withHandle(h -> valid(h, secret));
    }

    /**
     * Creates the first site administrator through the link, in one transaction with its audit entry, and removes
     * every link. An unknown, used or expired link is a {@link NoSuchElementException}; a bad name or password an
     * {@link IllegalArgumentException} (the link then stays usable).
     */
    public Account use(Actor actor, String secret, String name, String password) {
        String checkedName = AccountRepository.checkName(name);
        Passwords.checkStrength(password);
        String hash = Passwords.hash(password);
        return Changes.inWriteTransaction(jdbi, h -> {
            if (!valid(h, secret)) throw new NoSuchElementException(GONE);
            h.createUpdate("DELETE FROM setup_token").execute();
            Account admin = AccountRepository.insert(h, clock, actor, checkedName, hash, true);
            AuditLog.append(h, clock, actor, "account.setup", "account:" + checkedName, null, null);
            return admin;
        });
    }

    /** What an unusable link answers. */
    public static final String GONE = "this setup link is unknown, used or expired; run `radar serve` again for a new one "
            + "while no administrator exists, or use `radar users add --admin NAME`";

    private boolean valid(Handle h, String secret) {
        if (secret == null || secret.isBlank() || adminExists(h)) return false;
        return h.createQuery("SELECT COUNT(*) FROM setup_token WHERE token_hash = :t AND expires_at > :now")
                .bind("t", Secrets.digest(secret)).bind("now", OffsetDateTime.now(clock)).mapTo(Integer.class).one() > 0;
    }

    private static boolean adminExists(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM account WHERE site_admin = TRUE AND disabled = FALSE").mapTo(Integer.class).one() > 0;
    }
}
