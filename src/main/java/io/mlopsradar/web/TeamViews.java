package io.mlopsradar.web;

import io.mlopsradar.accounts.Account;
import io.mlopsradar.audit.AuditEntry;
import io.mlopsradar.audit.AuditFilter;
import io.mlopsradar.store.ApiTokenRepository.Created;
import io.mlopsradar.store.ApiTokenRepository.Listed;
import java.time.OffsetDateTime;
import java.util.List;

/** The records the sign-in, first-administrator, account and audit pages read. */
public final class TeamViews {
    private TeamViews() {
    }

    /** The sign-in form: the page to return to, why the last try failed, and which ways of signing in the site offers. */
    public record LoginPage(String csrf, String next, String message, String provider, boolean local) {
    }

    /** The form that creates the first administrator through a one-time link. */
    public record SetupPage(String csrf, String action, String name, String message) {
    }

    /** A person's own account: roles, API tokens (with the secret of one just created), and the single sign-on address. */
    public record AccountPage(String csrf, Account account, List<Listed> tokens, OffsetDateTime now, Created created, String ssoEmail) {
    }

    /** The audit trail's entries found by the filter, with the query string that found them. */
    public record AuditPage(List<AuditEntry> entries, AuditFilter filter, String query, String user) {
    }
}
