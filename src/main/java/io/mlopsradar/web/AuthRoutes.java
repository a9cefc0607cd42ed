package io.mlopsradar.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.mlopsradar.audit.Actor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.mlopsradar.accounts.Account;
import io.mlopsradar.store.ApiTokenRepository;
import io.mlopsradar.web.TeamViews.AccountPage;
import io.mlopsradar.web.TeamViews.LoginPage;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/** Signing in and out, and a person's own account page and API tokens (in the browser and under /api/v1). */
final class AuthRoutes {
    static final String WRONG = "the name or password is wrong, or there were too many attempts; wait a few minutes and try again";
    private static final int MAX_TOKEN_DAYS = 366;
    private final Team team;

    AuthRoutes(Team team) {
        this.team = team;
    }

    void register(RoutesConfig routes) {
        routes.get("/login", ctx -> loginPage(ctx, 200, null), Permission.PUBLIC);
        routes.post("/login", this::login, Permission.PUBLIC);
        routes.post("/logout", this::logout, Permission.PUBLIC);
        routes.get("/account", ctx -> accountPage(ctx, null), Permission.SIGNED_IN);
        routes.post("/account/tokens", ctx -> accountPage(ctx, createToken(ctx)), Permission.SIGNED_IN);
        routes.post("/account/tokens/{id}/revoke", ctx -> {
            team.tokens().revoke(Viewer.actor(ctx), Viewer.of(ctx).account(), id(ctx));
            ctx.redirect("/account", io.javalin.http.HttpStatus.SEE_OTHER);
        }, Permission.SIGNED_IN);
        routes.get("/api/v1/me", ctx -> Etag.json(ctx, me(Viewer.of(ctx).account())), Permission.SIGNED_IN);
        routes.get("/api/v1/tokens", ctx -> Etag.json(ctx, team.tokens().of(Viewer.of(ctx).account())), Permission.SIGNED_IN);
        routes.post("/api/v1/tokens", ctx -> {
            var created = createToken(ctx);
            Written.json(ctx, 201, new TokenJson(created.id(), created.secret(), created.expiresAt().toString()));
        }, Permission.SIGNED_IN);
        routes.delete("/api/v1/tokens/{id}", ctx -> {
            team.tokens().revoke(Viewer.actor(ctx), Viewer.of(ctx).account(), id(ctx));
            ctx.status(204);
        }, Permission.SIGNED_IN);
    }

    /** The sign-in form, also the answer (401) to a page that needs someone signed in. */
    void loginPage(Context ctx, int status, String message) {
        Templates.render(ctx, "login.jte", Map.of("page", new LoginPage(Csrf.token(ctx, team.config().secureCookies()),
                safeNext(status == 200 ? ctx.queryParam("next") : ctx.path()), message,
                team.oidc() == null ? null : team.config().singleSignOn().providerName(), team.config().localSignIn())));
        ctx.status(status);
    }

    private void login(Context ctx) {
        if (!team.config().localSignIn()) {
            loginPage(ctx, 403, "signing in with a password is turned off on this site; use " + team.config().singleSignOn().providerName());
            return;
        }
        Input in = Input.of(ctx);
        String name = in.get("name");
        String address = ctx.ip();
        if (name == null || team.limiter().blocked(name, address)) {
            loginPage(ctx, name == null ? 401 : 429, WRONG);
            return;
        }
        Optional<Account> account = team.accounts().authenticate(name, in.get("password"));
        if (account.isEmpty()) {
            team.limiter().failed(name, address);
            loginPage(ctx, 401, WRONG);
            return;
        }
        team.limiter().succeeded(name);
        signedIn(ctx, account.get(), in.get("next"));
    }

    /** Starts a database session for the account, sets its cookie and sends the browser on to the page it wanted. */
    void signedIn(Context ctx, Account account, String next) {
        String session = team.sessions().start(account, new Actor(account.name(), ctx.ip()));
        ctx.cookie(Csrf.cookie(Access.SESSION_COOKIE, session, (int) team.config().sessionLifetime().toSeconds(),
                team.config().secureCookies()));
        ctx.redirect(safeNext(next), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        team.sessions().end(ctx.cookie(Access.SESSION_COOKIE));
        ctx.cookie(Csrf.cookie(Access.SESSION_COOKIE, "", 0, team.config().secureCookies()));
        ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void accountPage(Context ctx, ApiTokenRepository.Created created) {
        Account a = Viewer.of(ctx).account();
        Templates.render(ctx, "account.jte", Map.of("page", new AccountPage(Csrf.token(ctx, team.config().secureCookies()), a,
                team.tokens().of(a), OffsetDateTime.now(team.clock()), created, team.identities().email(a).orElse(null))));
        if (created != null) ctx.status(201);
    }

    private ApiTokenRepository.Created createToken(Context ctx) {
        Input in = Input.of(ctx);
        int days = in.get("days") == null ? 90 : in.integer("days");
        if (days < 1 || days > MAX_TOKEN_DAYS) throw new BadRequest("days", "a token lasts 1 to " + MAX_TOKEN_DAYS + " days, not " + days);
        try {
            return team.tokens().create(Viewer.actor(ctx), Viewer.of(ctx).account(), in.required("label"),
                    OffsetDateTime.now(team.clock()).plusDays(days));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("label", e.getMessage());
        }
    }

    /** An account in JSON: its name, whether it administers the site, and its role on each radar. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AccountJson(String name, boolean siteAdmin, Map<String, String> roles) {
    }

    static AccountJson me(Account a) {
        return new AccountJson(a.name(), a.siteAdmin(), a.roleIds());
    }

    /** A token just created: the only answer that holds its secret. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TokenJson(long id, String token, String expiresAt) {
    }

    /** Only a path on this site (never another host) may be the page to return to after signing in. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.startsWith("/login")) return "/";
        return next;
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new BadRequest("id", "'" + ctx.pathParam("id") + "' is not an id");
        }
    }
}
