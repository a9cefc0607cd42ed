package io.mlopsradar.reliability;

import io.mlopsradar.catalog.Relations;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.editions.History;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.site.StaticSite;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.RadarRepository;
import io.mlopsradar.store.Seeder;
import io.mlopsradar.store.ToolRepository;
import io.mlopsradar.web.Browser;
import io.mlopsradar.web.ServedData;
import io.mlopsradar.web.WebApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The XSS corpus imported as blip names, notes, descriptions, radar and segment titles and tool names and
 * descriptions, then shown in Chromium on every page of the web app, as SVG, in the advisor and in the static site
 * opened from disk: no payload may run (the flag it would set stays unset, no alert opens) and no element may carry
 * a payload's event handler or script URL. One browser serves every page.
 */
class XssBrowserTest {
    /** Finds attributes a payload could have smuggled in: event handlers that name the flag, script or HTML URLs. */
    private static final String DANGEROUS_ATTRIBUTES = """
            const bad = [];
            for (const el of document.querySelectorAll('*')) {
              for (const a of el.attributes) {
                const n = a.name.toLowerCase();
                const v = (a.value || '').replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
                if (n.startsWith('on') && v.includes('xssflag')) bad.push(el.tagName + ' ' + n);
                if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'background'].includes(n)
                    && (v.startsWith('javascript:') || v.startsWith('data:text/html') || v.includes('<script'))) bad.push(el.tagName + ' ' + n + '=' + v);
              }
            }
            return bad;""";

    static Database database;
    static Javalin app;
    static ChromeDriver browser;
    static List<Tool> tools;
    static History radar;
    static History byor;
    static int pages;

    @BeforeAll
    static void start() throws Exception {
        database = Database.open(Database.temporaryUrl("xss" + UUID.randomUUID().toString().replace("-", "")));
        new Seeder(database).seed(Framework.bundled(), Catalog.bundled(), XssData.SECOND);
        tools = XssData.tools(new ToolRepository(database.jdbi()).catalog());
        assertThat(tools).hasSize(XssPayloads.ALL.size());
        new ToolRepository(database.jdbi()).addMissing(tools);
        radar = XssData.radar();
        byor = XssData.byor();
        new RadarRepository(database.jdbi()).save(radar);
        new RadarRepository(database.jdbi()).save(byor);
        var clock = Clock.fixed(XssData.SECOND.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        app = WebApp.create(new ServedData(database, Framework.bundled(), Relations.bundled(), clock)).start(0);
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (app != null) app.stop();
        if (database != null) database.close();
    }

    @Test
    void thereAreAtLeastFiftyPayloads() {
        assertThat(XssPayloads.ALL).hasSizeGreaterThanOrEqualTo(50).doesNotHaveDuplicates();
    }

    private static String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    /** Opens the page and checks nothing ran; returns the page source. */
    private static String visit(String address) {
        browser.get(address);
        return checked(address);
    }

    private static String checked(String address) {
        pages++;
        try {
            String text = browser.switchTo().alert().getText();
            throw new AssertionError("an alert opened on " + address + ": " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        assertThat(browser.executeScript("return window.xssFlag === undefined")).as("flag unset on %s", address).isEqualTo(true);
        assertThat((List<?>) browser.executeScript(DANGEROUS_ATTRIBUTES)).as("dangerous attributes on %s", address).isEmpty();
        return browser.getPageSource();
    }

    @Test
    void noPayloadRunsOnAnyPageOfTheWebApp() {
        var shown = new ArrayList<String>();
        for (String path : List.of("/", "/radar", "/radar?radar=xss", "/radar?radar=xss&edition=2024-01-01", "/radar?radar=xss-byor",
                "/landscape", "/landscape?category=single-component-ml-tools", "/rings", "/categories", "/radars", "/radars/xss",
                "/radars/xss-byor", "/radars/xss/compare", "/radars/xss/compare?from=2024-01-01&to=2024-06-01",
                "/radar.svg?radar=xss", "/landscape.svg", "/api/v1/radars/xss/editions/2024-06-01/radar.svg",
                "/radar?q=" + java.net.URLEncoder.encode(XssPayloads.ALL.get(0), java.nio.charset.StandardCharsets.UTF_8),
                "/tools/" + java.net.URLEncoder.encode("<script>" + XssPayloads.RUN + "</script>", java.nio.charset.StandardCharsets.UTF_8))) {
            shown.add(visit(url(path)));
        }
        for (Tool t : tools) shown.add(visit(url("/tools/" + t.id())));
        for (var b : radar.edition(XssData.SECOND).blips()) shown.add(visit(url("/tools/" + b.key() + "?radar=xss")));
        for (var b : byor.edition(XssData.SECOND).blips()) shown.add(visit(url("/tools/" + b.key() + "?radar=xss-byor")));
        assertThat(String.join("\n", shown)).as("the payloads were shown").contains("xssFlag");
    }

    @Test
    void noPayloadRunsInTheAdvisorPageOrItsErrors() {
        String profile = """
                name: "%s"
                clouds: [aws]
                mlops_core_business: false
                team: { researchers: 2, engineers: 2, ml_engineers: 1 }
                stack: [Jupyter]
                pains: [train-tune]
                constraints: { budget: medium }
                """;
        submitAdvice(profile.formatted(escaped(String.join(" ", XssPayloads.ALL))));
        assertThat(browser.getPageSource()).contains("xssFlag");
        String stack = String.join(", ", XssPayloads.ALL.stream().map(p -> "\"" + escaped(p) + "\"").toList());
        submitAdvice(profile.formatted("Org").replace("[Jupyter]", "[" + stack + "]"));
        assertThat(browser.getPageSource()).contains("xssFlag");
    }

    /** The text inside a YAML double-quoted string. */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static void submitAdvice(String yaml) {
        browser.get(url("/advice"));
        browser.executeScript("document.getElementById('profile').value = arguments[0]", yaml);
        var button = browser.findElement(By.id("advise"));
        button.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(button));
        checked(url("/advice (posted)"));
    }

    @Test
    void noPayloadRunsInTheStaticSiteOpenedFromDisk(@TempDir Path out) throws Exception {
        var catalog = new Catalog(Stream.concat(Catalog.bundled().tools().stream(), tools.stream()).toList());
        StaticSite.build(radar, catalog, Framework.bundled(), out);
        List<Path> html;
        try (Stream<Path> files = Files.walk(out)) {
            html = files.filter(p -> p.toString().endsWith(".html")).filter(p -> p.endsWith("index.html") || contains(p, "xssFlag")).sorted().toList();
        }
        assertThat(html.size()).isGreaterThan(XssPayloads.ALL.size());
        for (Path page : html) visit(page.toUri().toString());
    }

    private static boolean contains(Path p, String text) {
        try {
            return Files.readString(p).contains(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
