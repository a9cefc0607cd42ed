package io.mlopsradar.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.mlopsradar.accounts.Account;
import io.mlopsradar.accounts.Passwords;
import io.mlopsradar.accounts.Role;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.NoSuchElementException;

/** Site administration under /api/v1: accounts, their roles per radar, and site settings. */
final class AdminApi {
    private final Team team;

    AdminApi(Team team) {
        this.team = team;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/users", ctx -> Etag.json(ctx, team.accounts().all().stream().map(AuthRoutes::me).toList()), Permission.ADMINISTER);
        routes.post("/api/v1/users", this::add, Permission.ADMINISTER);
        routes.put("/api/v1/users/{user}/roles", this::grant, Permission.ADMINISTER);
        routes.put("/api/v1/users/{user}/disabled", ctx -> {
            boolean disabled = Boolean.parseBoolean(Input.of(ctx).required("disabled"));
            team.accounts().setDisabled(Viewer.actor(ctx), user(ctx).name(), disabled);
            Written.json(ctx, 200, AuthRoutes.me(user(ctx)));
        }, Permission.ADMINISTER);
        routes.get("/api/v1/settings", ctx -> Etag.json(ctx, settings()), Permission.ADMINISTER);
        routes.put("/api/v1/settings", ctx -> {
            String v = Input.of(ctx).required("anonymous_read");
            if (!v.equals("true") && !v.equals("false")) throw new BadRequest("anonymous_read", "anonymous_read is true or false, not '" + v + "'");
            team.settings().setAnonymousRead(Viewer.actor(ctx), Boolean.parseBoolean(v));
            Written.json(ctx, 200, settings());
        }, Permission.ADMINISTER);
    }

    private void add(Context ctx) {
        Input in = Input.of(ctx);
        String password = in.required("password");
        try {
            Passwords.checkStrength(password);
            Account a = team.accounts().add(Viewer.actor(ctx), in.required("name"), password, "true".equals(in.get("admin")));
            Written.json(ctx, 201, AuthRoutes.me(a));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("name", e.getMessage());
        }
    }

    private void grant(Context ctx) {
        Input in = Input.of(ctx);
        Role role;
        try {
            role = Role.of(in.required("role"));
        } catch (NoSuchElementException e) {
            throw new BadRequest("role", e.getMessage());
        }
        String radar = in.get("radar") == null ? Account.EVERY_RADAR : in.get("radar");
        team.accounts().grant(Viewer.actor(ctx), user(ctx).name(), radar, role);
        Written.json(ctx, 200, AuthRoutes.me(user(ctx)));
    }

    /** The site's settings an administrator may change. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SettingsJson(boolean anonymousRead) {
    }

    private SettingsJson settings() {
        return new SettingsJson(team.settings().anonymousRead());
    }

    private Account user(Context ctx) {
        String name = ctx.pathParam("user");
        return team.accounts().find(name).orElseThrow(() -> new NoSuchElementException("no account named '" + name + "'"));
    }
}
