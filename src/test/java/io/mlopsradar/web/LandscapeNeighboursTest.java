package io.mlopsradar.web;

import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import io.mlopsradar.catalog.RelationType;
import io.mlopsradar.catalog.Relations;
import org.junit.jupiter.api.Test;

@ExtendWith(TestSite.ClosesDatabases.class)
class LandscapeNeighboursTest {

    @Test
    void selectingAToolHighlightsItAndItsNeighboursJoinedByLinesAndListsThem() {
        Relations relations = Relations.bundled();
        assertThat(relations.related("mlflow", RelationType.WORKS_WITH, "kedro")).isTrue();
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            var page = Http.get(server, "/landscape?tool=mlflow");
            assertThat(page.code()).isEqualTo(200);
            String body = page.body();
            assertThat(body).contains("class=\"tool highlighted\" data-id=\"mlflow\"")
                    .contains("class=\"tool highlighted\" data-id=\"kedro\"")
                    .contains("class=\"neighbour-line\" data-relation=\"works-with\" data-from=\"mlflow\" data-to=\"kedro\"")
                    .contains("data-relation=\"alternative-to\"")
                    .contains("class=\"neighbour-key\"")
                    .contains("href=\"/landscape?tool=mlflow\"");
            String list = body.substring(body.indexOf("id=\"neighbours\""));
            list = list.substring(0, list.indexOf("</section>"));
            assertThat(list).contains("MLflow").contains("<a href=\"/tools/kedro\">Kedro</a> <span class=\"relation\">(works with)</span>");
            long lines = body.split("class=\"neighbour-line\"", -1).length - 1;
            assertThat(lines).isPositive().isLessThanOrEqualTo(relations.of("mlflow").size());
        });
    }

    @Test
    void withoutASelectionNothingIsEmphasisedAndAnUnknownToolIsIgnored() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            for (String path : new String[] {"/landscape", "/landscape?tool=no-such-tool"}) {
                String body = Http.get(server, path).body();
                assertThat(body).doesNotContain("neighbour-line").doesNotContain("tool highlighted")
                        .doesNotContain("id=\"neighbours\"");
            }
        });
    }

    @Test
    void theStandaloneSvgKeepsToolPageLinksAndAcceptsTheSelection() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            String svg = Http.get(server, "/landscape.svg?tool=mlflow").body();
            assertThat(svg).contains("data-from=\"mlflow\"").contains("href=\"/tools/mlflow\"");
        });
    }
}
