package io.mlopsradar.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.mlopsradar.accounts.Account;
import io.mlopsradar.accounts.oidc.Identity;
import io.mlopsradar.accounts.oidc.OidcClient;
import io.mlopsradar.accounts.oidc.OidcSettings;
import io.mlopsradar.accounts.oidc.PendingSignIn;
import io.mlopsradar.accounts.oidc.SignInRefused;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Single sign-on in the browser: {@code /login/sso} sends the browser to the provider with a new pending sign-in, and
 * the callback finishes it (on any instance), linking or creating the account and starting the same database
 * session a password sign-in starts. A refused sign-in shows the sign-in page with the reason and creates nothing.
 */
final class SingleSignOnRoutes {
    static final String START = "/login/sso";
    private static final Logger LOG = LoggerFactory.getLogger(SingleSignOnRoutes.class);
    private final Team team;
    private final OidcClient client;
    private final AuthRoutes auth;

    SingleSignOnRoutes(Team team, AuthRoutes auth) {
        this.team = team;
        this.client = team.oidc();
        this.auth = auth;
    }

    void register(RoutesConfig routes) {
        routes.get(START, this::start, Permission.PUBLIC);
        routes.get(OidcSettings.CALLBACK_PATH, this::callback, Permission.PUBLIC);
    }

    private void start(Context ctx) {
        PendingSignIn pending = PendingSignIn.begin(AuthRoutes.safeNext(ctx.queryParam("next")));
        URI provider;
        try {
            provider = client.authorizationUri(pending.state(), pending.nonce(), pending.verifier());
        } catch (SignInRefused e) {
            refuse(ctx, 502, e);
            return;
        }
        team.signInFlows().begin(pending, Csrf.token(ctx, team.config().secureCookies()));
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(provider.toString(), HttpStatus.FOUND);
    }

    private void callback(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        try {
            // taken first, whatever the answer, so that no state can be used twice
            var pending = team.signInFlows().take(ctx.queryParam("state"), ctx.cookie(Csrf.COOKIE))
                    .orElseThrow(() -> new SignInRefused("this sign-in is unknown, expired, already used or was started in another browser; start again"));
            String error = ctx.queryParam("error");
            if (error != null) {
                throw new SignInRefused("the identity provider did not sign you in" + (error.matches("[a-z_]{1,40}") ? " (" + error + ")" : ""));
            }
            String code = ctx.queryParam("code");
            if (code == null || code.isBlank()) throw new SignInRefused("the identity provider sent no sign-in code");
            Identity identity = client.finish(code, pending.verifier(), pending.nonce());
            Account account = team.identities().signIn(identity, client.settings().roles().active(), ctx.ip());
            auth.signedIn(ctx, account, pending.next());
        } catch (SignInRefused e) {
            refuse(ctx, 401, e);
        }
    }

    private void refuse(Context ctx, int status, SignInRefused e) {
        // the reason only: never the token, the code or the provider's answer
        LOG.warn("single sign-on from {} refused: {}", ctx.ip(), e.getMessage());
        auth.loginPage(ctx, status, "Single sign-on failed: " + e.getMessage() + ".");
    }
}
