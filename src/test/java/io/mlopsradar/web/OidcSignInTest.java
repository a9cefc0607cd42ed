package io.mlopsradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.accounts.oidc.OidcSettings;
import io.mlopsradar.accounts.oidc.RoleMapping;
import io.mlopsradar.audit.Actor;
import io.mlopsradar.store.AccountRepository;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.ExternalIdentities;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Single sign-on end to end over real HTTP, against {@link LocalIssuer}: the site's own server, its database, a
 * browser's cookie jar following the redirects; each refusal shows the sign-in page with its reason and creates
 * nothing. Run on each database engine by a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OidcSignInTest {
    private Database db;
    private LocalIssuer issuer;
    private TeamSite site;
    private String base;
    private TeamConfig config;
    private AccountRepository accounts;
    private ExternalIdentities identities;

    abstract Database database();

    @BeforeAll
    void start() {
        db = database();
        int port = TeamSite.freePort();
        base = "http://localhost:" + port;
        issuer = new LocalIssuer(TeamSite.CLOCK, base + OidcSettings.CALLBACK_PATH);
        var sso = OidcSettings.of(issuer.issuer(), LocalIssuer.CLIENT_ID, LocalIssuer.CLIENT_SECRET, base, "Test IdP", null,
                RoleMapping.parse("groups", "platform-team=curator,architects=admin", "example.org=contributor"));
        config = TeamConfig.defaults().withSignIn(sso, true);
        site = TeamSite.start(db, config, port);
        accounts = new AccountRepository(db.jdbi(), TeamSite.CLOCK);
        identities = new ExternalIdentities(db.jdbi(), TeamSite.CLOCK);
    }

    @AfterAll
    void stop() {
        site.close();
        issuer.close();
        db.close();
    }

    @BeforeEach
    void newPerson() {
        issuer.tamper = LocalIssuer.Tamper.NONE;
        String id = UUID.randomUUID().toString().substring(0, 8);
        issuer.person = new LocalIssuer.Person("sub-" + id, "p" + id, "p" + id + "@elsewhere.net", true, List.of());
    }

    @Test
    void signingInWithTheProviderCreatesTheAccountStartsASessionAndReturnsToThePage() {
        var browser = new SsoBrowser();
        var login = browser.get(base + "/login?next=/radars/mlops/proposals");
        assertThat(login.body()).contains("Sign in with Test IdP").contains("id=\"password\"");
        var landed = browser.follow(base + "/login/sso?next=%2Fradars%2Fmlops%2Fproposals");
        assertThat(landed.code()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/radars/mlops/proposals");
        String name = issuer.person.username();
        assertThat(browser.get(base + "/api/v1/me").body()).contains("\"name\":\"" + name + "\"");
        var account = accounts.find(name).orElseThrow();
        assertThat(identities.email(account)).contains(issuer.person.email());
        assertThat(browser.get(base + "/account").body()).contains("single sign-on as " + issuer.person.email());

        // the same person again (new email at the provider): the same account, the email kept up to date
        int before = accounts.all().size();
        var p = issuer.person;
        issuer.person = new LocalIssuer.Person(p.subject(), p.username(), "new-" + p.email(), true, p.groups());
        var again = new SsoBrowser();
        assertThat(again.follow(base + "/login/sso").code()).isEqualTo(200);
        assertThat(again.get(base + "/api/v1/me").body()).contains("\"name\":\"" + name + "\"");
        assertThat(accounts.all()).hasSize(before);
        assertThat(identities.email(account)).contains("new-" + p.email());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "OTHER_KEY | signature does not match",
            "UNSIGNED | unsigned ID token",
            "EXPIRED | has expired",
            "OTHER_NONCE | nonce differs",
            "OTHER_AUDIENCE | issued for another client",
            "OTHER_ISSUER | another issuer"})
    void aBadIdTokenIsRefusedWithItsReasonAndCreatesNothing(LocalIssuer.Tamper tamper, String reason) {
        issuer.tamper = tamper;
        refusedWithNothingCreated(new SsoBrowser(), base + "/login/sso", reason);
    }

    @Test
    void aCallbackIsUsedOnceAndAnUnknownStateIsRefused() {
        var browser = new SsoBrowser();
        String callback = browser.callbackFrom(base + "/login/sso");
        assertThat(browser.follow(callback).code()).isEqualTo(200);
        browser.get(base + "/api/v1/me");
        refusedWithNothingCreated(new SsoBrowser(), callback, "already used");
        refusedWithNothingCreated(new SsoBrowser(), base + "/login/sso/callback?code=abc&state=made-up", "unknown, expired");
    }

    @Test
    void aSignInStartedInOneBrowserCannotBeFinishedInAnother() {
        String callback = new SsoBrowser().callbackFrom(base + "/login/sso");
        refusedWithNothingCreated(new SsoBrowser(), callback, "another browser");
    }

    @Test
    void aCodeIssuedForAnotherSignInFailsTheProvidersPkceCheck() {
        var victim = new SsoBrowser();
        String victims = victim.callbackFrom(base + "/login/sso");
        String attackers = new SsoBrowser().callbackFrom(base + "/login/sso");
        String injected = victims.replaceFirst("code=[^&]+", "code=" + query(attackers, "code"));
        refusedWithNothingCreated(victim, injected, "refused the sign-in code");
    }

    @Test
    void aDisabledAccountCannotSignInBySingleSignOn() {
        var browser = new SsoBrowser();
        assertThat(browser.follow(base + "/login/sso").code()).isEqualTo(200);
        String name = issuer.person.username();
        accounts.setDisabled(new Actor("test-setup", "local"), name, true);
        assertThat(browser.get(base + "/api/v1/me").code()).isEqualTo(401);
        var again = new SsoBrowser();
        var r = again.follow(base + "/login/sso");
        assertThat(r.code()).isEqualTo(401);
        assertThat(r.body()).contains("is disabled");
        assertThat(again.get(base + "/api/v1/me").code()).isEqualTo(401);
    }

    @Test
    void theGroupClaimAndTheVerifiedEmailDomainGiveTheRoleOnEveryRadar() {
        var p = issuer.person;
        issuer.person = new LocalIssuer.Person(p.subject(), p.username(), p.username() + "@example.org", true, List.of("staff", "platform-team"));
        var browser = new SsoBrowser();
        browser.follow(base + "/login/sso");
        assertThat(browser.get(base + "/api/v1/me").body()).contains("\"roles\":{\"*\":\"curator\"}");
        // the group is gone at the provider: the next sign-in lowers the role to the email domain's
        issuer.person = new LocalIssuer.Person(p.subject(), p.username(), p.username() + "@example.org", true, List.of("staff"));
        var later = new SsoBrowser();
        later.follow(base + "/login/sso");
        assertThat(later.get(base + "/api/v1/me").body()).contains("\"roles\":{\"*\":\"contributor\"}");
        // an email the provider did not verify gives no role
        issuer.person = new LocalIssuer.Person(p.subject(), p.username(), p.username() + "@example.org", false, List.of());
        var unverified = new SsoBrowser();
        unverified.follow(base + "/login/sso");
        assertThat(unverified.get(base + "/api/v1/me").body()).contains("\"roles\":{}");
        assertThat(new SsoBrowser().get(base + "/radars/mlops/proposals/new").code()).isEqualTo(401);
    }

    @Test
    void aSignInStartedOnOneInstanceIsFinishedByAnother() {
        try (TeamSite other = TeamSite.startOn(db, config)) {
            String otherBase = "http://localhost:" + other.app.port();
            var browser = new SsoBrowser();
            String callback = browser.callbackFrom(otherBase + "/login/sso?next=%2Fradars");
            assertThat(callback).startsWith(base + OidcSettings.CALLBACK_PATH);
            var landed = browser.follow(callback);
            assertThat(landed.code()).isEqualTo(200);
            assertThat(landed.uri().getPath()).isEqualTo("/radars");
            assertThat(browser.get(otherBase + "/api/v1/me").body()).contains("\"name\":\"" + issuer.person.username() + "\"");
        }
    }

    @Test
    void aRotatedSigningKeyIsFetchedWhenATokenNamesIt() {
        assertThat(new SsoBrowser().follow(base + "/login/sso").code()).isEqualTo(200);
        int fetched = issuer.keyFetches();
        issuer.rotateKey();
        var browser = new SsoBrowser();
        assertThat(browser.follow(base + "/login/sso").code()).isEqualTo(200);
        assertThat(browser.get(base + "/api/v1/me").code()).isEqualTo(200);
        assertThat(issuer.keyFetches()).isEqualTo(fetched + 1);
    }

    private void refusedWithNothingCreated(SsoBrowser browser, String url, String reason) {
        int before = accounts.all().size();
        var r = browser.follow(url);
        assertThat(r.code()).as(r.body()).isEqualTo(401);
        assertThat(r.body()).contains("Single sign-on failed").contains(reason).doesNotContain("eyJ").doesNotContain("Exception");
        assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(Access.SESSION_COOKIE + "=") && !c.startsWith(Access.SESSION_COOKIE + "=;"));
        assertThat(browser.get(base + "/api/v1/me").code()).isEqualTo(401);
        assertThat(accounts.all()).hasSize(before);
    }

    private static String query(String url, String name) {
        for (String pair : java.net.URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) return pair.substring(name.length() + 1);
        }
        throw new AssertionError(name + " missing from " + url);
    }
}
