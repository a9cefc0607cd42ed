package io.mlopsradar.web;

import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person in a real browser: search the radar, click a blip, read the tool page; filter by ring. */
@ExtendWith(TestSite.ClosesDatabases.class)
class BrowserEndToEndTest {
    static Javalin app;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void start() {
        app = WebApp.create(TestSite.create()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (app != null) app.stop();
    }

    @Test
    void searchForMlflowClickItsBlipAndReadItsRingAndReasons() throws Exception {
        browser.get(base + "/radar");
        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys("MLflow");
        browser.findElement(By.id("apply")).click();
        wait(d -> d.getCurrentUrl().contains("q=MLflow"));
        WebElement blip = browser.findElement(By.cssSelector("#picture a[href='/tools/mlflow']"));
        new Actions(browser).moveToElement(blip).perform();
        WebElement tooltip = browser.findElement(By.id("tooltip"));
        wait(d -> tooltip.isDisplayed() && tooltip.getText().contains("MLflow"));
        screenshot("screenshot-radar.png", base + "/radar");
        browser.get(base + "/radar?q=MLflow");
        browser.findElement(By.cssSelector("#picture a[href='/tools/mlflow']")).click();
        wait(d -> d.getCurrentUrl().endsWith("/tools/mlflow"));
        assertThat(browser.findElement(By.id("tool-name")).getText()).isEqualTo("MLflow");
        assertThat(browser.findElement(By.id("ring")).getText()).isIn("Adopt", "Trial", "Assess", "Hold");
        List<WebElement> reasons = browser.findElements(By.cssSelector("#reasons li"));
        assertThat(reasons).isNotEmpty();
        assertThat(reasons.get(0).getText()).contains("region");
        screenshot("screenshot-tool.png", null);
    }

    @Test
    void filteringByRingShowsOnlyThatRing() {
        browser.get(base + "/radar");
        new Select(browser.findElement(By.id("ring-filter"))).selectByVisibleText("Hold");
        wait(d -> d.getCurrentUrl().contains("ring=hold"));
        List<WebElement> blips = browser.findElements(By.cssSelector("#picture a"));
        assertThat(blips).isNotEmpty();
        for (WebElement row : browser.findElements(By.cssSelector("#blips tbody tr"))) {
            assertThat(row.getAttribute("data-ring")).isEqualTo("hold");
        }
        for (WebElement blip : browser.findElements(By.cssSelector("#picture [data-ring]"))) {
            assertThat(blip.getAttribute("data-ring")).isIn("3", "Hold", "hold");
        }
    }

    @Test
    void onAWideScreenTheRadarKeepsItsLegendBesideItAndATapDoesNotZoom() {
        browser.get(base + "/radar");
        WebElement svg = browser.findElement(By.cssSelector("#picture svg"));
        String whole = svg.getDomAttribute("viewBox");
        assertThat(whole).startsWith("0 0 ").isNotEqualTo(svg.findElement(By.cssSelector("g.radar")).getDomAttribute("data-box"));
        assertThat(svg.findElement(By.cssSelector("g.legend")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("legend-list")).isDisplayed()).isFalse();

        // A click on the quadrant itself (not on a blip, which opens its tool as before).
        browser.executeScript("var r = arguments[0].getBoundingClientRect(); arguments[0].dispatchEvent(new MouseEvent('click', "
                + "{bubbles: true, cancelable: true, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2}));",
                svg.findElement(By.cssSelector(".segment-area")));

        assertThat(browser.findElement(By.id("picture")).getDomAttribute("data-zoomed")).isNull();
        assertThat(svg.getDomAttribute("viewBox")).isEqualTo(whole);
    }

    private static void wait(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition::apply);
    }

    /**
     * Saves what the browser shows: under target/screenshots, or where -Dradar.screenshots=DIR says (the README's
     * pictures come from {@code mvn test -Dtest=BrowserEndToEndTest -Dradar.screenshots=docs/images}).
     */
    private static void screenshot(String file, String url) throws Exception {
        if (url != null) browser.get(url);
        Path out = Path.of(System.getProperty("radar.screenshots", "target/screenshots"), file);
        Files.createDirectories(out.getParent());
        Files.write(out, browser.getScreenshotAs(OutputType.BYTES));
    }
}
