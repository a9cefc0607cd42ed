package io.mlopsradar.web;

import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

@ExtendWith(TestSite.ClosesDatabases.class)
class EvidenceRoutesTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aToolsFactsCarryTheirSourceDateAndStaleness() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            JsonNode nni = JSON.readTree(Http.get(server, "/api/v1/tools/nni").body());
            JsonNode stars = nni.get("facts").get("github_stars");
            assertThat(stars.get("value").asText()).isEqualTo("14,209");
            assertThat(stars.get("source").asText()).isEqualTo("best-of-ml-python 2025-06-26");
            assertThat(stars.get("as_of").asText()).isEqualTo("2025-06-26");
            assertThat(stars.get("stale").asBoolean()).as("read 2025-06-26, shown 2026-11-26").isTrue();
            assertThat(nni.get("facts").get("last_commit").get("value").asText()).isEqualTo("2023-10-26");
            assertThat(nni.get("activity").get("state").asText()).isEqualTo("dormant");
            assertThat(nni.get("computed_ring").asText()).isIn("assess", "hold");
            JsonNode steward = nni.get("facts").get("steward");
            assertThat(steward.get("source").asText()).isEqualTo("https://github.com/microsoft/nni");
            assertThat(steward.get("as_of").asText()).as("the newest date the stored repository holds").isEqualTo("2024-03-07");
        });
    }

    @Test
    void aToolsSignalHistoryIsServedOldestFirst() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            JsonNode h = JSON.readTree(Http.get(server, "/api/v1/tools/NNI/signals").body());
            assertThat(h.get("tool").asText()).isEqualTo("nni");
            JsonNode first = h.get("snapshots").get(0);
            assertThat(first.get("as_of").asText()).isEqualTo("2020-11-30");
            assertThat(first.get("source").asText()).isEqualTo("best-of-ml-python 2020-11-30");
            assertThat(first.get("stars").asInt()).isPositive();
            assertThat(h.get("count").asInt()).isEqualTo(h.get("snapshots").size()).isGreaterThan(5);
            assertThat(Http.get(server, "/api/v1/tools/nosuchtool/signals").code()).isEqualTo(404);
        });
    }

    @Test
    void theToolPageShowsEachFactsSourceAndDate() {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> {
            String page = Http.get(server, "/tools/torchserve").body();
            assertThat(page).contains("<section id=\"evidence\">", "Status", "maintenance since 2025-02-28",
                    "https://github.com/pytorch/serve/commit/b5871e20f", "2025-03-25");
            assertThat(page).contains("GitHub stars, best-of-ml-python 2025-06-26, as of 2025-06-26");
            assertThat(page).contains("<strong class=\"stale\">stale</strong>");
            assertThat(page).doesNotContain("Facts checked");
        });
    }
}
