package io.mlopsradar.web;

import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.mlopsradar.landscape.Framework;
import org.junit.jupiter.api.Test;

@ExtendWith(TestSite.ClosesDatabases.class)
class ApiTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void listsToolsWithTheSameFiltersAsThePages() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            var all = Http.get(server, "/api/v1/tools");
            assertThat(all.code()).isEqualTo(200);
            JsonNode body = JSON.readTree(all.body());
            assertThat(body.get("count").asInt()).isGreaterThanOrEqualTo(150);
            JsonNode hold = JSON.readTree(Http.get(server, "/api/v1/tools?ring=hold").body());
            assertThat(hold.get("count").asInt()).isPositive().isLessThan(body.get("count").asInt());
            hold.get("tools").forEach(t -> assertThat(t.get("ring").asText()).isEqualTo("hold"));
        });
    }

    @Test
    void oneToolHasItsRingAndReasonsAndIsFoundByAlias() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            JsonNode tool = JSON.readTree(Http.get(server, "/api/v1/tools/wandb").body());
            assertThat(tool.get("id").asText()).isEqualTo("wandb");
            assertThat(tool.get("ring").asText()).isNotBlank();
            assertThat(tool.get("reasons").size()).isPositive();
        });
    }

    @Test
    void badParametersAnswer400AsProblemJson() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            var r = Http.get(server, "/api/v1/tools?ring=sometimes");
            assertThat(r.code()).isEqualTo(400);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(r.body());
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("detail").asText()).contains("ring", "sometimes");
            var tooLong = Http.get(server, "/api/v1/tools?q=" + "x".repeat(500));
            assertThat(tooLong.code()).isEqualTo(400);
        });
    }

    @Test
    void unknownToolAnswers404WithSuggestions() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            var r = Http.get(server, "/api/v1/tools/mlfow");
            assertThat(r.code()).isEqualTo(404);
            assertThat(r.body()).contains("MLflow");
        });
    }

    @Test
    void listsAndPicturesCarryAnEtagAndAnswer304() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            for (String path : new String[] {"/api/v1/tools", "/api/v1/pictures/radar.svg", "/api/v1/pictures/landscape.svg"}) {
                var first = Http.get(server, path);
                String etag = first.header("ETag");
                assertThat(etag).as(path).isNotBlank();
                var second = Http.get(server, path, "If-None-Match", etag);
                assertThat(second.code()).as(path).isEqualTo(304);
            }
        });
    }

    @Test
    void picturesAreServedAsSvgAndPng() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            var svg = Http.get(server, "/api/v1/pictures/radar.svg?ring=adopt");
            assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
            assertThat(svg.body()).startsWith("<svg").contains("Kubernetes");
            String zoomed = Http.get(server, "/api/v1/pictures/landscape.svg?quadrant=specialized-ml-tools").body();
            assertThat(zoomed).doesNotContain("viewBox=\"0 0 ").contains("Optuna");
            var png = Http.get(server, "/api/v1/pictures/landscape.png");
            assertThat(png.header("Content-Type")).startsWith("image/png");
            assertThat(png.bytes()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        });
    }

    @Test
    void writesAreRefusedWithAClearMessage() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            var r = Http.post(server, "/api/v1/tools", "application/json", "{}");
            assertThat(r.code()).isEqualTo(405);
            assertThat(r.body()).contains("read-only");
        });
    }

    @Test
    void openApiDocumentIsServed() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            var r = Http.get(server, "/api/v1/openapi.yaml");
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.body()).contains("openapi: 3", "/tools/{id}");
        });
    }

    @Test
    void frameworkListsAreServed() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            assertThat(JSON.readTree(Http.get(server, "/api/v1/categories").body()).size()).isEqualTo(15);
            assertThat(JSON.readTree(Http.get(server, "/api/v1/rings").body()).size()).isEqualTo(4);
            assertThat(JSON.readTree(Http.get(server, "/api/v1/stages").body()).size()).isEqualTo(13);
        });
    }

    @Test
    void capabilitiesAndAToolsCapabilityAndRelationsAreServed() throws Exception {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            var capabilities = JSON.readTree(Http.get(server, "/api/v1/capabilities").body());
            assertThat(capabilities.size()).isEqualTo(Framework.bundled().capabilities().size());
            assertThat(capabilities.get(0).get("stages").isArray()).isTrue();
            var katib = JSON.readTree(Http.get(server, "/api/v1/tools/katib").body());
            assertThat(katib.get("capability").asText()).isEqualTo("hyperparameter-tuning");
            assertThat(katib.get("requires").toString()).contains("kubernetes");
            assertThat(katib.get("relations").toString()).contains("\"type\":\"part-of\"", "\"tool\":\"kubeflow\"", "\"source\":");
        });
    }

}
