package io.mlopsradar.web;

import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The radar page on a 390 px wide phone: the radar alone at full width, the legend as a list, a tap zooms. */
@ExtendWith(TestSite.ClosesDatabases.class)
class PhoneRadarTest {
    static final int WIDTH = 390;
    static Javalin app;
    static ChromeDriver phone;
    static String base;

    @BeforeAll
    static void start() {
        app = WebApp.create(TestSite.create()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        phone = Browser.phone(WIDTH, 844);
    }

    @AfterAll
    static void stop() {
        if (phone != null) phone.quit();
        if (app != null) app.stop();
    }

    @Test
    void theRadarFillsTheWidthWithoutItsLegendAndTheLegendIsAListBelow() {
        phone.get(base + "/radar");
        assertThat(script("return window.innerWidth")).isEqualTo((long) WIDTH);
        WebElement svg = phone.findElement(By.cssSelector("#picture svg"));
        WebElement radar = svg.findElement(By.cssSelector("g.radar"));
        wait(d -> radar.getDomAttribute("data-box").equals(svg.getDomAttribute("viewBox")));

        assertThat(svg.getRect().getWidth()).isGreaterThan(WIDTH - 40);
        assertThat(radar.getRect().getWidth()).as("the radar circle").isGreaterThan(WIDTH * 2 / 3);
        assertThat(svg.findElement(By.cssSelector("g.legend")).isDisplayed()).isFalse();

        WebElement list = phone.findElement(By.id("legend-list"));
        assertThat(list.isDisplayed()).isTrue();
        assertThat(list.getRect().getY()).isGreaterThanOrEqualTo(svg.getRect().getY() + svg.getRect().getHeight());
        List<WebElement> items = list.findElements(By.cssSelector("ol > li"));
        assertThat(items).hasSize(svg.findElements(By.cssSelector("g.blip")).size()).isNotEmpty();
        assertThat(list.findElements(By.tagName("h2"))).extracting(WebElement::getText).isNotEmpty()
                .allSatisfy(name -> assertThat(name).isNotBlank());
        WebElement first = items.get(0).findElement(By.tagName("a"));
        assertThat(first.getText()).isNotBlank();
        assertThat(first.getAttribute("href")).contains("/tools/");
        assertThat(Double.parseDouble(first.getCssValue("font-size").replace("px", ""))).isGreaterThanOrEqualTo(14);
        assertThat(list.getRect().getWidth()).isLessThanOrEqualTo(WIDTH);
        Browser.screenshot(phone, "screenshot-phone-radar.png");
    }

    @Test
    void tappingAQuadrantZoomsIntoItWithBlipsFarEnoughApartToTapAndBack() {
        phone.get(base + "/radar");
        WebElement svg = phone.findElement(By.cssSelector("#picture svg"));
        WebElement area = svg.findElements(By.cssSelector(".segment-area")).get(1);
        String segment = area.getAttribute("data-segment");
        String overview = svg.getDomAttribute("viewBox");

        tap(area);
        wait(d -> segment.equals(phone.findElement(By.id("picture")).getAttribute("data-zoomed")));

        assertThat(svg.getDomAttribute("viewBox")).isEqualTo(area.getDomAttribute("data-box"));
        List<WebElement> blips = svg.findElements(By.cssSelector("g.blip[data-segment='" + segment.replace("'", "\\'") + "']"));
        assertThat(blips).hasSizeGreaterThan(10);
        assertThat(closestCentres(segment)).as("closest blip centres, CSS px").isGreaterThanOrEqualTo(24);
        assertThat(blips.get(0).getRect().getWidth()).as("a blip's width, CSS px").isGreaterThanOrEqualTo(16);
        WebElement back = phone.findElement(By.id("whole-radar"));
        assertThat(back.isDisplayed()).isTrue();
        Browser.screenshot(phone, "screenshot-phone-quadrant.png");

        back.click();
        wait(d -> phone.findElement(By.id("picture")).getAttribute("data-zoomed") == null);
        assertThat(svg.getDomAttribute("viewBox")).isEqualTo(overview);
        assertThat(back.isDisplayed()).isFalse();
    }

    @Test
    void aBlipTappedInAZoomedQuadrantOpensItsTool() {
        phone.get(base + "/radar");
        WebElement area = phone.findElements(By.cssSelector("#picture .segment-area")).get(0);
        tap(area);
        wait(d -> phone.findElement(By.id("picture")).getAttribute("data-zoomed") != null);
        String segment = area.getAttribute("data-segment");
        WebElement blip = phone.findElements(By.cssSelector("#picture g.blip")).stream()
                .filter(b -> segment.equals(b.getAttribute("data-segment"))).findFirst().orElseThrow();
        String id = blip.getAttribute("data-id");

        script("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", blip);
        blip.click();

        wait(d -> d.getCurrentUrl().endsWith("/tools/" + id));
    }

    /** The smallest distance between two blip centres of the segment, as the screen shows them (CSS pixels). */
    private static double closestCentres(String segment) {
        Object min = script("""
                var segment = arguments[0], centres = [];
                document.querySelectorAll('#picture g.blip').forEach(function (b) {
                  if (b.getAttribute('data-segment') !== segment) return;
                  var m = b.getScreenCTM();
                  centres.push([m.e, m.f]);
                });
                var min = Infinity;
                for (var i = 0; i < centres.length; i++) for (var j = i + 1; j < centres.length; j++)
                  min = Math.min(min, Math.hypot(centres[i][0] - centres[j][0], centres[i][1] - centres[j][1]));
                return min;""", segment);
        return ((Number) min).doubleValue();
    }

    /** A tap where a finger would land on the element's middle, whatever lies on top there. */
    private static void tap(WebElement element) {
        new Actions(phone).moveToElement(element).click().perform();
    }

    private static Object script(String js, Object... args) {
        return phone.executeScript(js, args);
    }

    private static void wait(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(phone, Duration.ofSeconds(20)).until(condition::apply);
    }

}
