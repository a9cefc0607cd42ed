package io.mlopsradar.web;

import io.javalin.config.RoutesConfig;
import io.mlopsradar.editions.PublishedEditionException;
import io.mlopsradar.proposals.ProposalConflictException;
import io.mlopsradar.store.ConcurrentEditException;

/**
 * The team features on the web app: the authorisation check on every route, sign-in and accounts, proposals and
 * decisions, drafts and publishing, and the audit trail; with the answers for refused and conflicting writes.
 */
final class TeamRoutes {
    private TeamRoutes() {
    }

    static void register(RoutesConfig routes, ServedData site, Team team) {
        var access = new Access(team);
        var auth = new AuthRoutes(team);
        routes.beforeMatched(access::check);
        auth.register(routes);
        if (team.oidc() != null) new SingleSignOnRoutes(team, auth).register(routes);
        new ProposalPages(site, team).register(routes);
        new ProposalApi(site, team).register(routes);
        new AuditRoutes(team).register(routes);
        new AdminApi(team).register(routes);
        routes.exception(Denied.class, (e, ctx) -> {
            if (e.status() == 401 && !ctx.path().startsWith("/api/")) {
                auth.loginPage(ctx, 401, e.getMessage());
                return;
            }
            if (e.status() == 401) ctx.header("WWW-Authenticate", "Bearer realm=\"radar\"");
            WebApp.fail(ctx, e.status(), e.getMessage());
        });
        routes.exception(ConcurrentEditException.class, (e, ctx) -> WebApp.fail(ctx, 412, e.getMessage()));
        routes.exception(ProposalConflictException.class, (e, ctx) -> WebApp.fail(ctx, 409, e.getMessage()));
        routes.exception(PublishedEditionException.class, (e, ctx) -> WebApp.fail(ctx, 409, e.getMessage()));
        routes.exception(Preconditions.Missing.class, (e, ctx) -> WebApp.fail(ctx, 428, e.getMessage()));
    }
}
