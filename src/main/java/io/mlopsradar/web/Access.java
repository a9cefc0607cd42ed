package io.mlopsradar.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.mlopsradar.accounts.Account;
import io.mlopsradar.editions.DefaultRadar;
import java.util.Optional;

/**
 * The one authorisation check every matched route passes: identifies the viewer (bearer token or session cookie),
 * compares their role on the route's radar with the route's {@link Permission}, and requires the CSRF token on
 * every state-changing request a browser makes (bearer-token requests carry no cookies and need none).
 */
final class Access {
    static final String SESSION_COOKIE = "radar_session";
    private final Team team;

    Access(Team team) {
        this.team = team;
    }

    void check(Context ctx) {
        Viewer viewer = identify(ctx);
        ctx.attribute(Viewer.ATTRIBUTE, viewer);
        Csrf.token(ctx, team.config().secureCookies());
        Permission needed = permission(ctx);
        authorise(ctx, viewer, needed);
        // READ routes that take a POST (the advisor) compute an answer and change nothing, so they need no token
        if (changesState(ctx) && needed != Permission.READ && !viewer.bearer()) Csrf.check(ctx);
    }

    static Permission permission(Context ctx) {
        return ctx.routeRoles().stream().filter(Permission.class::isInstance).map(Permission.class::cast)
                .findFirst().orElse(Permission.READ);
    }

    private void authorise(Context ctx, Viewer viewer, Permission needed) {
        if (needed == Permission.PUBLIC) return;
        if (needed == Permission.READ && !viewer.signedIn() && team.settings().anonymousRead()) return;
        if (!viewer.signedIn()) throw new Denied(401, "sign in to " + what(needed));
        String radar = radar(ctx);
        boolean siteWide = needed == Permission.ADMINISTER && !ctx.pathParamMap().containsKey("name");
        if (siteWide && !viewer.account().siteAdmin()) {
            throw new Denied(403, viewer.name() + " is not a site administrator; " + what(needed) + " needs one");
        }
        if (!viewer.may(radar, needed.minimum())) {
            throw new Denied(403, viewer.name() + " is " + article(viewer.roleOn(radar).id()) + " on radar '" + radar
                    + "'; " + what(needed) + " needs " + article(needed.minimum().id()));
        }
    }

    private Viewer identify(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) throw new Denied(401, "only Bearer tokens are accepted");
            Account a = team.tokens().account(authorization.substring(7).strip())
                    .orElseThrow(() -> new Denied(401, "the bearer token is unknown, expired or revoked"));
            return new Viewer(a, true);
        }
        Optional<Account> a = team.sessions().account(ctx.cookie(SESSION_COOKIE));
        return a.map(acc -> new Viewer(acc, false)).orElse(Viewer.ANONYMOUS);
    }

    /** The radar a route acts on: its {name} path parameter, else the MLOps radar. */
    static String radar(Context ctx) {
        String name = ctx.pathParamMap().get("name");
        return name == null ? DefaultRadar.NAME : name;
    }

    static boolean changesState(Context ctx) {
        HandlerType m = ctx.method();
        return m != HandlerType.GET && m != HandlerType.HEAD && m != HandlerType.OPTIONS;
    }

    private static String what(Permission p) {
        return switch (p) {
            case PUBLIC, READ -> "read this radar";
            case SIGNED_IN -> "see your account";
            case PROPOSE -> "propose, comment or vote";
            case CURATE -> "decide, curate, import or publish";
            case ADMINISTER -> "administer the site";
        };
    }

    private static String article(String role) {
        return ("aeiou".indexOf(role.charAt(0)) >= 0 ? "an " : "a ") + role;
    }
}
