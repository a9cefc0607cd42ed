package io.mlopsradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.accounts.oidc.OidcSettings;
import io.mlopsradar.accounts.oidc.RoleMapping;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.TestDatabases;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person in Chromium clicks "Sign in with …", passes through the provider and lands signed in where they were going. */
class OidcBrowserTest {
    private Database db;
    private LocalIssuer issuer;
    private TeamSite site;
    private ChromeDriver browser;
    private String base;

    @BeforeEach
    void start() {
        db = TestDatabases.sqlite();
        int port = TeamSite.freePort();
        base = "http://localhost:" + port;
        issuer = new LocalIssuer(TeamSite.CLOCK, base + OidcSettings.CALLBACK_PATH);
        issuer.person = new LocalIssuer.Person("sub-grace", "grace", "grace@example.org", true, List.of("platform-team"));
        var sso = OidcSettings.of(issuer.issuer(), LocalIssuer.CLIENT_ID, LocalIssuer.CLIENT_SECRET, base, "Test IdP", null,
                RoleMapping.parse("groups", "platform-team=contributor", null));
        site = TeamSite.start(db, TeamConfig.defaults().withSignIn(sso, true), port);
        browser = Browser.start(1280, 900);
    }

    @AfterEach
    void stop() {
        browser.quit();
        site.close();
        issuer.close();
        db.close();
    }

    @Test
    void clickingTheProviderButtonSignsInAndReturnsToThePageAsked() {
        browser.get(base + "/radars/mlops/proposals/new");
        browser.findElement(By.id("sign-in-sso")).click();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(NoSuchElementException.class);
        wait.until(d -> d.findElement(By.id("account-link")).getText().equals("grace"));
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/radars/mlops/proposals/new");
        assertThat(browser.findElements(By.id("sign-in-sso"))).isEmpty();
    }
}
