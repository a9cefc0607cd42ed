package io.mlopsradar.store;

import io.mlopsradar.accounts.Account;
import io.mlopsradar.accounts.Role;
import io.mlopsradar.accounts.oidc.Identity;
import io.mlopsradar.accounts.oidc.SignInRefused;
import io.mlopsradar.audit.Actor;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Accounts of people who sign in by single sign-on, linked by the provider's issuer and subject (never by name or
 * email, so a provider account cannot take over a local one): created at the first sign-in, their email kept, and
 * their role on every radar following the provider's claims when a role mapping is configured.
 */
public final class ExternalIdentities {
    private final Jdbi jdbi;
    private final Clock clock;

    public ExternalIdentities(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * The account this identity signs in as, created or updated in one transaction with its audit entries; refused
     * (and nothing written) when the account is disabled. With {@code followClaims}, the account's grant on every
     * radar becomes the identity's mapped role (none when it maps to no role).
     */
    public Account signIn(Identity identity, boolean followClaims, String address) {
        try {
            return link(identity, followClaims, address);
        } catch (SignInRefused e) {
            throw e;
        } catch (RuntimeException e) {
            // another instance created the same person's account, or took the same name, a moment earlier: the
            // unique keys refused this insert, and a second try finds the link or picks the next free name
            return link(identity, followClaims, address);
        }
    }

    private Account link(Identity identity, boolean followClaims, String address) {
        return Changes.inWriteTransaction(jdbi, h -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            Optional<Long> linked = h.createQuery("SELECT account_id FROM oidc_identity WHERE issuer = :i AND subject = :s")
                    .bind("i", identity.issuer()).bind("s", identity.subject()).mapTo(Long.class).findOne();
            Account account;
            if (linked.isPresent()) {
                account = byId(h, linked.get());
                if (account.disabled()) throw new SignInRefused("the account '" + account.name() + "' is disabled; ask a site administrator");
                h.createUpdate("UPDATE oidc_identity SET email = :e, last_sign_in_at = :now WHERE issuer = :i AND subject = :s")
                        .bind("e", identity.email()).bind("now", now).bind("i", identity.issuer()).bind("s", identity.subject()).execute();
            } else {
                String name = freeName(h, identity.suggestedName());
                account = AccountRepository.insert(h, clock, new Actor(name, address), name, null, false);
                h.createUpdate("INSERT INTO oidc_identity (issuer, subject, account_id, email, created_at, last_sign_in_at)"
                                + " VALUES (:i, :s, :a, :e, :now, :now)")
                        .bind("i", identity.issuer()).bind("s", identity.subject()).bind("a", account.id())
                        .bind("e", identity.email()).bind("now", now).execute();
            }
            Role granted = account.roles().get(Account.EVERY_RADAR);
            if (followClaims && granted != identity.mappedRole()) {
                AccountRepository.setGrant(h, account.id(), Account.EVERY_RADAR, identity.mappedRole());
                Account after = byId(h, account.id());
                AuditLog.append(h, clock, new Actor(account.name(), address), "account.grant", "account:" + account.name(),
                        AccountRepository.view(account), AccountRepository.view(after));
                account = after;
            }
            return account;
        });
    }

    /** The email the provider last gave for this account, if it signs in by single sign-on. */
    public Optional<String> email(Account account) {
        return jdbi.withHandle(h -> h.createQuery("SELECT email FROM oidc_identity WHERE account_id = :a AND email IS NOT NULL")
                .bind("a", account.id()).mapTo(String.class).findFirst());
    }

    private static Account byId(Handle h, long id) {
        String name = h.createQuery("SELECT name FROM account WHERE id = :id").bind("id", id).mapTo(String.class).one();
        return AccountRepository.find(h, name).orElseThrow();
    }

    /** The suggested name, or the first of name-2, name-3, … that no account has. */
    private static String freeName(Handle h, String suggested) {
        String base = AccountRepository.checkName(suggested);
        String name = base;
        for (int n = 2; AccountRepository.find(h, name).isPresent(); n++) name = base + "-" + n;
        return name;
    }
}
