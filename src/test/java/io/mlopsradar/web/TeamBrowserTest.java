package io.mlopsradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.store.Database;
import io.mlopsradar.store.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The team's workflow in Chromium: a contributor proposes moving a tool, a second contributor comments and votes, a
 * curator accepts, previews and publishes, and an anonymous visitor sees the new edition with the tool's movement;
 * a curator imports a file and reads the report, and sets a tool's ring on its page.
 */
class TeamBrowserTest {
    static Database db;
    static TeamSite team;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void start() {
        db = TestDatabases.sqlite();
        team = TeamSite.start(db);
        base = "http://localhost:" + team.app.port();
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (team != null) team.close();
        if (db != null) db.close();
    }

    @Test
    void proposeDiscussVoteAcceptPublishAndSeeTheMovement() {
        signIn("carl", "/radars/mlops/proposals");
        browser.findElement(By.id("propose")).click();
        new Select(browser.findElement(By.id("kind"))).selectByValue("move");
        browser.findElement(By.id("tool")).sendKeys("MLflow");
        new Select(browser.findElement(By.id("ring"))).selectByVisibleText("Hold");
        browser.findElement(By.id("rationale")).sendKeys("Our platform's own tracking replaced it.");
        browser.findElement(By.id("submit-proposal")).click();
        waitFor(By.id("proposal-title"));
        assertThat(browser.findElement(By.id("proposal-title")).getText()).contains("move MLflow to Hold");
        assertThat(browser.findElement(By.id("current-ring")).getText()).isEqualTo("Trial");
        assertThat(browser.findElement(By.id("computed-ring")).getText()).isNotBlank();
        String proposal = browser.getCurrentUrl();

        signIn("cleo", proposal.substring(base.length()));
        browser.findElement(By.id("body")).sendKeys("Agreed. <script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">");
        browser.findElement(By.id("submit-comment")).click();
        waitFor(By.cssSelector("#comments .comment-body"));
        assertThat(browser.findElement(By.cssSelector("#comments .comment-body")).getText()).contains("Agreed.");
        assertThat(browser.executeScript("return window.pwned === undefined")).isEqualTo(true);
        browser.findElement(By.id("vote-for")).click();
        await().until(d -> d.findElement(By.id("tally")).getText().contains("1 for"));

        // the same form without its CSRF token is refused and adds nothing
        browser.executeScript("document.querySelector('form textarea#body').form.querySelector('input[name=csrf]').remove()");
        browser.findElement(By.id("body")).sendKeys("forged");
        browser.findElement(By.id("submit-comment")).click();
        waitFor(By.id("error"));
        assertThat(browser.findElement(By.id("error")).getText()).contains("CSRF");
        browser.get(proposal);
        assertThat(browser.findElements(By.cssSelector("#comments li"))).hasSize(1);

        signIn("cora", proposal.substring(base.length()));
        browser.findElement(By.id("note")).sendKeys("Accepted at the architecture board.");
        browser.findElement(By.id("accept")).click();
        await().until(d -> d.findElement(By.id("status")).getText().equals("accepted"));
        browser.get(base + "/radars/mlops/draft");
        assertThat(browser.findElement(By.id("draft-changes")).getText()).contains("MLflow").contains("from Trial to Hold");
        browser.findElement(By.id("publish")).click();
        await().until(d -> d.getCurrentUrl().endsWith("/radars/mlops"));

        browser.manage().deleteAllCookies();
        browser.get(base + "/radars/mlops");
        String newest = browser.findElement(By.cssSelector("table.editions tbody tr")).getText();
        assertThat(newest).contains(TestSite.TODAY.plusDays(1).toString()).contains("published");
        browser.get(base + "/radars/mlops/compare");
        assertThat(browser.findElement(By.id("main")).getText()).contains("MLflow");
        assertThat(browser.findElement(By.id("main")).getText()).containsPattern("Trial.*Hold");
        assertThat(browser.findElement(By.id("account-link")).getText()).isEqualTo("Sign in");
    }

    @Test
    void aCuratorUploadsAFileAndSeesTheReport() throws Exception {
        Path file = Files.createTempDirectory("browser-upload").resolve("picks.csv");
        try (var in = TeamBrowserTest.class.getResourceAsStream("/formats/byor/bad-values.csv")) {
            Files.write(file, in.readAllBytes());
        }
        signIn("cora", "/radars/mlops/proposals");
        assertThat(browser.findElement(By.id("import-file")).getAttribute("href")).endsWith("/radars/mlops/import");
        browser.get(base + "/radars/browser-picks/import");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        new Select(browser.findElement(By.id("format"))).selectByValue("byor-csv");
        browser.findElement(By.id("lenient")).click();
        browser.findElement(By.id("import")).click();
        waitFor(By.id("import-report"));
        assertThat(browser.findElement(By.id("import-summary")).getText()).contains("browser-picks").contains("1 editions added");
        assertThat(browser.findElement(By.id("import-skipped")).getText()).contains("picks.csv");
        Files.delete(file);
        Files.delete(file.getParent());
    }

    @Test
    void aCuratorSetsAToolsRingOnItsPage() {
        signIn("cora", "/radars/mlops/proposals");
        browser.get(base + "/tools/feast");
        browser.findElement(By.id("curate-link")).click();
        waitFor(By.id("curation-form"));
        assertThat(browser.findElement(By.id("computed-ring")).getText()).isNotBlank();
        new Select(browser.findElement(By.id("ring"))).selectByVisibleText("Hold");
        browser.findElement(By.id("rationale")).sendKeys("We keep **one** feature store, and it is not this one.");
        browser.findElement(By.id("curate")).click();
        await().until(d -> d.getCurrentUrl().endsWith("/tools/feast"));
        assertThat(browser.findElement(By.id("ring")).getText()).isEqualTo("Hold");
        assertThat(browser.findElement(By.cssSelector("#override strong")).getText()).isEqualTo("one");
    }

    private static void signIn(String name, String next) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login?next=" + next);
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(TeamSite.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        await().until(d -> d.findElement(By.id("account-link")).getText().equals(name));
    }

    /** Waits for a page that may still be replacing the one before it. */
    private static WebDriverWait await() {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
        return wait;
    }

    private static void waitFor(By by) {
        await().until(d -> !d.findElements(by).isEmpty());
    }
}
