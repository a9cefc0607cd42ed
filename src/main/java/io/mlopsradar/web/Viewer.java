package io.mlopsradar.web;

import io.javalin.http.Context;
import io.mlopsradar.accounts.Account;
import io.mlopsradar.accounts.Role;
import io.mlopsradar.audit.Actor;

/** Who is asking: a signed-in account (by session cookie or bearer token) or nobody. */
record Viewer(Account account, boolean bearer) {
    static final String ATTRIBUTE = "radar.viewer";
    static final Viewer ANONYMOUS = new Viewer(null, false);

    boolean signedIn() {
        return account != null;
    }

    String name() {
        return account == null ? null : account.name();
    }

    /** The role on a radar; null when not signed in. */
    Role roleOn(String radar) {
        return account == null ? null : account.roleOn(radar);
    }

    boolean may(String radar, Role role) {
        return account != null && account.roleOn(radar).covers(role);
    }

    /** The viewer of this request, as {@link Access} identified it. */
    static Viewer of(Context ctx) {
        Viewer v = ctx.attribute(ATTRIBUTE);
        return v == null ? ANONYMOUS : v;
    }

    /** Who the audit trail names for a write made in this request, and from which address. */
    static Actor actor(Context ctx) {
        Viewer v = of(ctx);
        return new Actor(v.signedIn() ? v.name() : "anonymous", ctx.ip());
    }
}
