package io.mlopsradar.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.Histories;
import io.mlopsradar.editions.History;
import io.mlopsradar.landscape.Framework;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticSiteTest {
    private static final Blip HOSTILE = new Blip("evil", "<script>alert(1)</script> & Co", "Hold", "ML Platforms",
            "<img src=x onerror=alert(2)> see [docs](javascript:alert(3))");

    @TempDir
    Path out;

    private History history() {
        History five = Histories.fiveEditions();
        Edition last = five.edition(Histories.NEXT_JAN);
        var blips = new ArrayList<>(last.blips());
        blips.add(HOSTILE);
        var editions = new ArrayList<>(five.editions());
        editions.set(editions.size() - 1, Edition.published(last.date(), blips));
        return new History(five.radar(), editions);
    }

    private StaticSite.Result build() {
        return StaticSite.build(history(), Catalog.bundled(), Framework.bundled(), out);
    }

    @Test
    void writesEveryPageTheSiteLinksTo() throws IOException {
        StaticSite.Result r = build();
        for (String f : List.of("index.html", "site.css", "search.js", "search-index.js", "rings.html", "landscape.html",
                "editions/index.html", "editions/2024-01-01.html", "editions/2025-01-01.html", "tools/index.html",
                "tools/mlflow.html", "tools/airflow.html", "tools/evil.html")) {
            assertThat(out.resolve(f)).as(f).isRegularFile();
        }
        assertThat(r.files()).isEqualTo(htmlFiles().size() + 3);
    }

    @Test
    void everyLinkIsRelativeAndResolvesToAWrittenFile() throws IOException {
        build();
        for (Path page : htmlFiles()) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element e : doc.select("[href], [src], [xlink:href]")) {
                for (String attr : List.of("href", "src", "xlink:href")) {
                    String link = e.attr(attr);
                    if (link.isEmpty() || link.startsWith("https://") || link.startsWith("http://")) continue;
                    assertThat(link).as(page + " " + link).doesNotStartWith("/").doesNotContain("://");
                    Path target = page.getParent().resolve(link.replaceAll("#.*", "")).normalize();
                    assertThat(target).as(page + " links to " + link).isRegularFile();
                }
            }
        }
    }

    @Test
    void pagesHoldNoInlineScriptAndEscapeText() throws IOException {
        build();
        for (Path page : htmlFiles()) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element script : doc.select("script")) {
                assertThat(script.hasAttr("src")).as(page.toString()).isTrue();
                assertThat(script.data()).as(page.toString()).isBlank();
            }
            assertThat(doc.select("[onerror], [onclick], [onload]")).as(page.toString()).isEmpty();
            assertThat(doc.select("a[href^=javascript]")).as(page.toString()).isEmpty();
        }
        String tool = Files.readString(out.resolve("tools/evil.html"));
        assertThat(tool).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co").doesNotContain("<script>alert");
        assertThat(Files.readString(out.resolve("search-index.js"))).startsWith("window.RADAR_SEARCH = ").doesNotContain("</script");
    }

    @Test
    void editionPagesMarkMovementsAndListRemovedBlips() throws IOException {
        build();
        String apr = Files.readString(out.resolve("editions/2024-04-01.html"));
        assertThat(apr).contains("movement-moved-in", "movement-new", "Removed in this edition", "Apache Airflow");
        assertThat(Files.readString(out.resolve("editions/2025-01-01.html"))).contains("movement-returned");
        String mlflow = Files.readString(out.resolve("tools/mlflow.html"));
        assertThat(mlflow).contains("Ring history", "<svg", "Homepage", "https://");
        assertThat(Files.readString(out.resolve("index.html"))).contains("tools/mlflow.html", "<svg");
    }

    private List<Path> htmlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }
}
