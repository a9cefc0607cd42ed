package io.mlopsradar.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium driven headless through Selenium, with the flags this machine needs. */
public final class Browser {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    public static ChromeDriver start(int width, int height) {
        return start(options(width, height));
    }

    /** A phone: a viewport of the given CSS size at three device pixels each, with touch, as Chromium emulates it. */
    public static ChromeDriver phone(int width, int height) {
        ChromeOptions options = options(width, height);
        options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                java.util.Map.of("width", width, "height", height, "pixelRatio", 3.0, "touch", true)));
        return start(options);
    }

    private static ChromeDriver start(ChromeOptions options) {
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File(DRIVER)).build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private static ChromeOptions options(int width, int height) {
        try {
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-extensions", "--window-size=" + width + "," + height,
                    "--user-data-dir=" + Files.createTempDirectory("chromium"));
            return options;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves what the browser shows under target/screenshots, or where -Dradar.screenshots=DIR says. */
    public static void screenshot(ChromeDriver driver, String file) {
        try {
            var out = java.nio.file.Path.of(System.getProperty("radar.screenshots", "target/screenshots"), file);
            Files.createDirectories(out.getParent());
            Files.write(out, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
