package io.mlopsradar.web;

import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

@ExtendWith(TestSite.ClosesDatabases.class)
class PagesTest {

    @Test
    void everyPageAnswersWithSecurityHeaders() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            for (String path : new String[] {"/", "/radar", "/landscape", "/rings", "/categories", "/tools/mlflow", "/radars", "/advice"}) {
                var r = Http.get(server, path);
                assertThat(r.code()).as(path).isEqualTo(200);
                assertThat(r.header("Content-Security-Policy")).as(path).contains("script-src 'self'").doesNotContain("unsafe-inline' 'self'; script");
                String html = r.body();
                assertThat(html).as(path).doesNotContainPattern("<script>[^<]");
            }
        });
    }

    @Test
    void homePageCountsToolsPerRingAndSummarisesTheLatestEdition() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            String html = Http.get(server, "/").body();
            assertThat(html).contains("id=\"ring-summary\"", "/radar?ring=adopt", "Latest edition of the MLOps radar", "2026-11-26");
        });
    }

    @Test
    void toolPageShowsRingStrategyReasonsAndRelatedTools() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            String html = Http.get(server, "/tools/optuna").body();
            assertThat(html).contains("Optuna", "id=\"ring\"", "Why ", "What ", "Related tools in Single-component ML Tools", "first released in");
        });
    }

    @Test
    void toolPageNamesItsCapabilityAndLinksSourcedRelations() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            String html = Http.get(server, "/tools/mlflow").body();
            assertThat(html).contains("id=\"capability\">Experiment tracking</dd>", "id=\"also\">");
            String worksWith = html.substring(html.indexOf("<h3>Works with</h3>"));
            worksWith = worksWith.substring(0, worksWith.indexOf("</ul>"));
            assertThat(worksWith).contains("<a href=\"/tools/ludwig\">Ludwig</a>", "source:",
                    "<a href=\"https://github.com/ludwig-ai/ludwig/blob/main/README.md\" rel=\"noopener nofollow\">");
            assertThat(html).contains("<h3>Alternative to</h3>", "source:\n            awesome-production-machine-learning");
        });
    }

    @Test
    void aliasUrlsRedirectToTheToolsOwnPage() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            var r = Http.get(server, "/tools/wandb");
            assertThat(r.code()).isEqualTo(200);
            assertThat(Http.get(server, "/tools/W%26B").uri().getPath()).isEqualTo("/tools/wandb");
        });
    }

    @Test
    void filtersLiveInTheUrlAndNarrowTheTable() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            String html = Http.get(server, "/radar?ring=hold").body();
            assertThat(html).contains("FloydHub").doesNotContain(">Kubernetes</a></td>");
            assertThat(html).contains("<option value=\"hold\" selected>Hold</option>");
        });
    }

    @Test
    void aBadFilterAnswers400WithAPageNot500() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            var r = Http.get(server, "/radar?quadrant=middle");
            assertThat(r.code()).isEqualTo(400);
            assertThat(r.body()).contains("middle", "not on this radar", "Cloud Platforms");
            assertThat(Http.get(server, "/nowhere").code()).isEqualTo(404);
        });
    }

    @Test
    void userTextIsEscapedOnThePage() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            String html = Http.get(server, "/radar?q=%3Cscript%3Ealert(1)%3C/script%3E").body();
            assertThat(html).doesNotContain("<script>alert(1)</script>").contains("value=\"&lt;script");
        });
    }
}
