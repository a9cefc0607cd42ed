package io.mlopsradar.store;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.mlopsradar.accounts.Account;
import io.mlopsradar.accounts.Passwords;
import io.mlopsradar.accounts.Role;
import io.mlopsradar.audit.Actor;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SortedMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Accounts, their password hashes and roles; every change is one transaction with its audit entry. */
public final class AccountRepository {
    private static final String COLUMNS = "SELECT id, name, site_admin, disabled, version FROM account";
    private final Jdbi jdbi;
    private final Clock clock;

    public AccountRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Adds an account (password may be null for single sign-on only); refused when the name is taken. */
    public Account add(Actor actor, String name, String password, boolean siteAdmin) {
        String checkedName = checkName(name);
        String hash = password == null ? null : Passwords.hash(password);
        return Changes.inWriteTransaction(jdbi, h -> {
            return insert(h, clock, actor, checkedName, hash, siteAdmin);
        });
    }

    /** Inserts an account whose name was checked (refused when taken), with its audit entry, inside the caller's transaction. */
    static Account insert(Handle h, Clock clock, Actor actor, String name, String hash, boolean siteAdmin) {
        if (find(h, name).isPresent()) throw new IllegalArgumentException("an account named '" + name + "' exists");
        h.createUpdate("INSERT INTO account (name, password_hash, site_admin, disabled, version, created_at)"
                        + " VALUES (:n, :p, :a, FALSE, 1, :now)")
                .bind("n", name).bind("p", hash).bind("a", siteAdmin).bind("now", OffsetDateTime.now(clock)).execute();
        Account added = find(h, name).orElseThrow();
        AuditLog.append(h, clock, actor, "account.add", "account:" + name, null, view(added));
        return added;
    }

    public Optional<Account> find(String name) {
        return jdbi.withHandle(h -> find(h, name));
    }

    public Optional<Account> find(long id) {
        return jdbi.withHandle(h -> h.createQuery(COLUMNS + " WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getInt(5)))
                .findOne().map(r -> r.account(roles(h, r.id()))));
    }

    public List<Account> all() {
        return jdbi.withHandle(h -> h.createQuery(COLUMNS + " ORDER BY name")
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getInt(5)))
                .list().stream().map(r -> r.account(roles(h, r.id()))).toList());
    }

    /** The account when the password matches and the account is enabled; a missing account costs a hash check too. */
    public Optional<Account> authenticate(String name, String password) {
        record Hashed(String hash, boolean disabled) {
        }
        Optional<Hashed> stored = jdbi.withHandle(h -> h.createQuery("SELECT password_hash, disabled FROM account WHERE LOWER(name) = LOWER(:n)")
                .bind("n", name == null ? "" : name.strip()).map((rs, ctx) -> new Hashed(rs.getString(1), rs.getBoolean(2))).findOne());
        boolean ok = Passwords.matches(password == null ? "" : password, stored.map(Hashed::hash).orElse(null));
        if (!ok || stored.get().disabled()) return Optional.empty();
        return find(name.strip());
    }

    public void setDisabled(Actor actor, String name, boolean disabled) {
        change(actor, name, disabled ? "account.disable" : "account.enable", h -> h.createUpdate(
                "UPDATE account SET disabled = :d, version = version + 1 WHERE LOWER(name) = LOWER(:n)")
                .bind("d", disabled).bind("n", name).execute());
    }

    public void resetPassword(Actor actor, String name, String password) {
        String hash = Passwords.hash(password);
        change(actor, name, "account.reset-password", h -> h.createUpdate(
                "UPDATE account SET password_hash = :p, version = version + 1 WHERE LOWER(name) = LOWER(:n)")
                .bind("p", hash).bind("n", name).execute());
    }

    /** Gives the account this role on a radar ({@link Account#EVERY_RADAR} for all), replacing an earlier grant there. */
    public void grant(Actor actor, String name, String radar, Role role) {
        change(actor, name, "account.grant", h -> {
            setGrant(h, find(h, name).orElseThrow().id(), radar, role);
        });
    }

    /** Replaces the account's grant on a radar by this role (none when null), inside the caller's transaction. */
    static void setGrant(Handle h, long id, String radar, Role role) {
        h.createUpdate("DELETE FROM radar_role WHERE account_id = :a AND radar_name = :r").bind("a", id).bind("r", radar).execute();
        if (role != null) {
            h.createUpdate("INSERT INTO radar_role (account_id, radar_name, role) VALUES (:a, :r, :role)")
                    .bind("a", id).bind("r", radar).bind("role", role.name()).execute();
        }
        h.createUpdate("UPDATE account SET version = version + 1 WHERE id = :a").bind("a", id).execute();
    }

    private void change(Actor actor, String name, String action, java.util.function.Consumer<Handle> write) {
        Changes.inWriteTransaction(jdbi, h -> {
            Account before = find(h, name).orElseThrow(() -> new NoSuchElementException("no account named '" + name + "'"));
            write.accept(h);
            if (action.equals("account.disable")) SessionRepository.endAll(h, before.id());
            AuditLog.append(h, clock, actor, action, "account:" + before.name(), view(before), view(find(h, name).orElseThrow()));
            return null;
        });
    }

    static Optional<Account> find(Handle h, String name) {
        return h.createQuery(COLUMNS + " WHERE LOWER(name) = LOWER(:n)").bind("n", name == null ? "" : name.strip())
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getInt(5)))
                .findOne().map(r -> r.account(roles(h, r.id())));
    }

    private static Map<String, Role> roles(Handle h, long accountId) {
        var roles = new HashMap<String, Role>();
        h.createQuery("SELECT radar_name, role FROM radar_role WHERE account_id = :a").bind("a", accountId)
                .map((rs, ctx) -> Map.entry(rs.getString(1), Role.valueOf(rs.getString(2))))
                .forEach(e -> roles.put(e.getKey(), e.getValue()));
        return roles;
    }

    /** What the audit trail records about an account: never its password hash. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AuditedAccount(String name, boolean siteAdmin, boolean disabled, SortedMap<String, String> roles) {
    }

    static AuditedAccount view(Account a) {
        return new AuditedAccount(a.name(), a.siteAdmin(), a.disabled(), a.roleIds());
    }

    static String checkName(String name) {
        if (name == null || !name.strip().matches("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}")) {
            throw new IllegalArgumentException("an account name is 1 to 100 letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
        }
        return name.strip();
    }

    private record Row(long id, String name, boolean siteAdmin, boolean disabled, int version) {
        Account account(Map<String, Role> roles) {
            return new Account(id, name, siteAdmin, disabled, roles, version);
        }
    }
}
