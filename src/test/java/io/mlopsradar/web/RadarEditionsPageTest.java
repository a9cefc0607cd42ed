package io.mlopsradar.web;

import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.DefaultRadar;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.Radar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The radar page shows any edition with its movement, what left, and each tool's history. */
@ExtendWith(TestSite.ClosesDatabases.class)
class RadarEditionsPageTest {
    static final LocalDate NEXT = TestSite.TODAY.plusMonths(3);

    /** A second published edition of the MLOps radar: MLflow moves in to Adopt, FloydHub leaves. */
    static ServedData siteWithTwoEditions() {
        ServedData site = TestSite.create();
        History history = site.radars().history(DefaultRadar.NAME).orElseThrow();
        List<Blip> blips = new ArrayList<>();
        for (Blip b : history.edition(TestSite.TODAY).blips()) {
            if (b.key().equals("floydhub")) continue;
            blips.add(b.key().equals("mlflow") ? b.withRing("Adopt") : b);
        }
        site.radars().save(history.with(Edition.published(NEXT, blips)));
        return site;
    }

    @Test
    void theLatestEditionShowsMovementAndWhatLeft() {
        JavalinTest.test(WebApp.create(siteWithTwoEditions()), (server, client) -> {
            String html = Http.get(server, "/radar").body();
            assertThat(html).contains("Edition of " + NEXT, "moved in from Trial", "id=\"removed\"", "FloydHub");
            String first = Http.get(server, "/radar?edition=" + TestSite.TODAY).body();
            assertThat(first).contains("Edition of " + TestSite.TODAY).doesNotContain("id=\"removed\"");
            String svg = Http.get(server, "/radar.svg?edition=" + NEXT + "&q=mlflow").body();
            assertThat(svg).contains("data-movement=\"moved_in\"", "MLflow");
        });
    }

    @Test
    void aBadEditionIsA400AndAMissingOneA404() {
        JavalinTest.test(WebApp.create(siteWithTwoEditions()), (server, client) -> {
            assertThat(Http.get(server, "/radar?edition=yesterday").code()).isEqualTo(400);
            assertThat(Http.get(server, "/radar?edition=1999-01-01").code()).isEqualTo(404);
            assertThat(Http.get(server, "/radar?radar=nope").code()).isEqualTo(404);
        });
    }

    @Test
    void aToolPageShowsItsTimeline() {
        JavalinTest.test(WebApp.create(siteWithTwoEditions()), (server, client) -> {
            String html = Http.get(server, "/tools/mlflow").body();
            assertThat(html).contains("<h2>History</h2>", "<svg");
        });
    }

    @Test
    void anImportedRadarsBlipsHaveTheirOwnPages() {
        ServedData site = TestSite.create();
        var radar = new Radar("team", "Team radar", List.of("Tools", "Techniques"), List.of("Use", "Avoid"));
        site.radars().save(new History(radar, List.of(Edition.published(TestSite.TODAY,
                List.of(new Blip("pair-programming", "Pair programming", "Use", "Techniques", "<b>good</b><script>x</script>"))))));
        JavalinTest.test(WebApp.create(site), (server, client) -> {
            String page = Http.get(server, "/radar?radar=team&ring=Use").body();
            assertThat(page).contains("Team radar", "Pair programming", "<option value=\"Techniques\">Techniques</option>",
                    "<option value=\"Use\" selected>Use</option>");
            assertThat(Http.get(server, "/radars").body()).contains("Team radar", "MLOps Radar", "/radar?radar=team");
            String blip = Http.get(server, "/tools/pair-programming?radar=team").body();
            assertThat(blip).contains("Pair programming", "<b>good</b>").doesNotContain("<script>x");
            assertThat(Http.get(server, "/radar?radar=team&ring=Adopt").code()).isEqualTo(400);
        });
    }
}
