package io.mlopsradar.web;

import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@ExtendWith(TestSite.ClosesDatabases.class)
class AdvisorWebTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PROFILE = """
            name: Test Org
            clouds: [aws]
            mlops_core_business: false
            team: { researchers: 4, engineers: 4, ml_engineers: 1 }
            stack: [GitHub Actions, Jupyter]
            pains: [train-tune, monitor]
            constraints: { budget: medium }
            """;

    @Test
    void postingAProfileReturnsAdviceAsJson() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            var r = Http.post(server, "/api/v1/advice", "application/yaml", PROFILE);
            assertThat(r.code()).isEqualTo(200);
            JsonNode advice = JSON.readTree(r.body());
            for (String key : new String[] {"capability", "radar", "recommendations", "build_vs_buy", "plan"}) {
                assertThat(advice.has(key)).as(key).isTrue();
            }
            assertThat(advice.get("recommendations").size()).isEqualTo(2);
        });
    }

    @Test
    void aBadProfileAnswers400WithLineAndField() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            var r = Http.post(server, "/api/v1/advice", "application/yaml", PROFILE.replace("Jupyter", "Jupiterr"));
            assertThat(r.code()).isEqualTo(400);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(r.body());
            assertThat(problem.get("problems").get(0).get("line").asInt()).isEqualTo(5);
            assertThat(problem.get("problems").get(0).get("message").asText()).contains("Jupiterr", "Jupyter");
        });
    }

    @Test
    void theFormShowsAdviceWithTheStackOnTheLandscape() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            assertThat(Http.get(server, "/advice").body()).contains("<textarea", "Northwind");
            var r = Http.post(server, "/advice", "application/x-www-form-urlencoded",
                    "profile=" + URLEncoder.encode(PROFILE, StandardCharsets.UTF_8));
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.body()).contains("<svg", "Test Org", "Where you stand", "GitHub Actions", "id=\"personal-radar\"");
            var bad = Http.post(server, "/advice", "application/x-www-form-urlencoded",
                    "profile=" + URLEncoder.encode("name: [", StandardCharsets.UTF_8));
            assertThat(bad.code()).isEqualTo(400);
            assertThat(bad.body()).contains("id=\"problems\"", "profile.yaml");
        });
    }
}
