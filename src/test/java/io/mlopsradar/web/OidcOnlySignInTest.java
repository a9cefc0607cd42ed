package io.mlopsradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.accounts.oidc.OidcSettings;
import io.mlopsradar.accounts.oidc.RoleMapping;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A site that accepts single sign-on only: no password form, passwords refused, the provider still signs people in. */
class OidcOnlySignInTest {
    private Database db;
    private LocalIssuer issuer;
    private TeamSite site;
    private String base;

    @BeforeEach
    void start() {
        db = TestDatabases.sqlite();
        int port = TeamSite.freePort();
        base = "http://localhost:" + port;
        issuer = new LocalIssuer(TeamSite.CLOCK, base + OidcSettings.CALLBACK_PATH);
        var sso = OidcSettings.of(issuer.issuer(), LocalIssuer.CLIENT_ID, LocalIssuer.CLIENT_SECRET, base, "Keycloak", null, RoleMapping.NONE);
        site = TeamSite.start(db, TeamConfig.defaults().withSignIn(sso, false), port);
    }

    @AfterEach
    void stop() {
        site.close();
        issuer.close();
        db.close();
    }

    @Test
    void passwordsAreRefusedAndTheSignInPageOffersOnlyTheProvider() {
        WebUser carl = site.anonymous();
        var page = carl.get("/login");
        assertThat(page.body()).contains("Sign in with Keycloak").doesNotContain("id=\"password\"");
        var r = carl.form("/login", "name", "carl", "password", TeamSite.PASSWORD);
        assertThat(r.code()).isEqualTo(403);
        assertThat(r.body()).contains("turned off").contains("use Keycloak");
        assertThat(carl.get("/api/v1/me").code()).isEqualTo(401);

        var browser = new SsoBrowser();
        assertThat(browser.follow(base + "/login/sso").code()).isEqualTo(200);
        assertThat(browser.get(base + "/api/v1/me").body()).contains("\"name\":\"ada.lovelace\"");
    }

    @Test
    void withoutSingleSignOnThePageHasNoProviderButtonAndItsRoutesDoNotExist() {
        try (TeamSite plain = TeamSite.startOn(db, TeamConfig.defaults())) {
            WebUser someone = plain.anonymous();
            assertThat(someone.get("/login").body()).doesNotContain("Sign in with").contains("id=\"password\"");
            assertThat(someone.get("/login/sso").code()).isEqualTo(404);
        }
    }
}
