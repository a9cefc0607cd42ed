package io.mlopsradar.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.mlopsradar.text.Urls;
import io.mlopsradar.store.SetupLinks;
import io.mlopsradar.web.TeamViews.SetupPage;
import java.util.Map;
import java.util.NoSuchElementException;

/** The first-start setup link's page, where the first site administrator chooses a name and password, once. */
final class SetupRoutes {
    private final Team team;
    private final SetupLinks links;

    SetupRoutes(ServedData site, Team team) {
        this.team = team;
        this.links = new SetupLinks(site.database().jdbi(), team.clock());
    }

    void register(RoutesConfig routes) {
        routes.get("/setup/{token}", ctx -> {
            if (!links.valid(ctx.pathParam("token"))) throw new NoSuchElementException(SetupLinks.GONE);
            form(ctx, "", null, 200);
        }, Permission.PUBLIC);
        routes.post("/setup/{token}", this::create, Permission.PUBLIC);
    }

    private void create(Context ctx) {
        String token = ctx.pathParam("token");
        if (!links.valid(token)) throw new NoSuchElementException(SetupLinks.GONE);
        Input in = Input.of(ctx);
        String name = in.get("name");
        String password = in.get("password");
        if (password != null && !password.equals(in.get("again"))) {
            form(ctx, name, "the two passwords differ", 400);
            return;
        }
        try {
            links.use(Viewer.actor(ctx), token, name, password);
        } catch (IllegalArgumentException e) {
            form(ctx, name, e.getMessage(), 400);
            return;
        }
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    private void form(Context ctx, String name, String message, int status) {
        Templates.render(ctx, "setup.jte", Map.of("page", new SetupPage(Csrf.token(ctx, team.config().secureCookies()),
                "/setup/" + Urls.encode(ctx.pathParam("token")), name == null ? "" : name, message)));
        ctx.status(status);
    }
}
