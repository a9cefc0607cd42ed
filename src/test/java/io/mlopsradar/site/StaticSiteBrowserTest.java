package io.mlopsradar.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.editions.Histories;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.web.Browser;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The static site opened from disk (file://, no server) in Chromium: search as you type, then follow a result. */
class StaticSiteBrowserTest {

    @Test
    void searchWorksFromDiskAndLeadsToTheToolsPage(@TempDir Path out) {
        StaticSite.build(Histories.fiveEditions(), Catalog.bundled(), Framework.bundled(), out);
        ChromeDriver browser = Browser.start(1200, 900);
        try {
            browser.get(out.resolve("index.html").toUri().toString());
            browser.findElement(By.id("site-search")).sendKeys("mlfl");
            var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
            wait.until(d -> !d.findElements(By.cssSelector("#site-search-results a")).isEmpty());
            var result = browser.findElement(By.cssSelector("#site-search-results a"));
            assertThat(result.getText()).isEqualTo("MLflow");
            result.click();
            wait.until(d -> d.getCurrentUrl().contains("tools/"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).contains("MLflow");
            assertThat(browser.getPageSource()).contains("<svg");
        } finally {
            browser.quit();
        }
    }
}
