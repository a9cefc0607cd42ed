package io.mlopsradar.web;

import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.mlopsradar.catalog.Catalog;
import org.junit.jupiter.api.Test;

@ExtendWith(TestSite.ClosesDatabases.class)
class LandscapeFilterTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theApiFiltersByCapabilityPrimaryOrAlsoCoveredAndByCategory() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            JsonNode vector = JSON.readTree(Http.get(server, "/api/v1/tools?capability=vector-search").body());
            assertThat(vector.get("count").asInt()).isGreaterThan(10);
            vector.get("tools").forEach(t -> assertThat(Catalog.bundled().get(t.get("id").asText()).covers("vector-search")).isTrue());
            var ids = new java.util.ArrayList<String>();
            vector.get("tools").forEach(t -> ids.add(t.get("id").asText()));
            assertThat(ids).contains("qdrant", "pgvector", "txtai");
            JsonNode both = JSON.readTree(Http.get(server, "/api/v1/tools?capability=vector-search&category=common-swe-stack").body());
            both.get("tools").forEach(t -> assertThat(Catalog.bundled().get(t.get("id").asText()).categories()).contains("common-swe-stack"));
            assertThat(both.get("count").asInt()).isPositive().isLessThan(vector.get("count").asInt());
        });
    }

    @Test
    void anUnknownCapabilityIsA400NamingTheParameter() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            var r = Http.get(server, "/api/v1/tools?capability=telepathy");
            assertThat(r.code()).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).get("detail").asText()).contains("capability", "telepathy");
        });
    }

    @Test
    void theLandscapePageOffersTheCapabilityFilterAndItsPictureKeepsIt() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            var page = Http.get(server, "/landscape?capability=llm-gateway");
            assertThat(page.code()).isEqualTo(200);
            assertThat(page.body()).contains("name=\"capability\"").contains("<option value=\"llm-gateway\" selected")
                    .contains("landscape.svg?capability=llm-gateway");
            String svg = Http.get(server, "/landscape.svg?capability=llm-gateway").body();
            assertThat(svg).contains("LiteLLM").contains("Portkey AI Gateway").doesNotContain(">MLflow<");
        });
    }
}
