package io.mlopsradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CurationTest {

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theApiSetsAndClearsTheCuratorsRingOnlyAgainstTheVersionRead(String engine) throws Exception {
        try (Database db = TestDatabases.of(engine); TeamSite team = TeamSite.start(db)) {
            WebUser cora = team.as("cora");
            var read = cora.get("/api/v1/tools/feast/curation");
            assertThat(read.code()).isEqualTo(200);
            String etag = read.header("ETag");
            String computed = Json.MAPPER.readTree(read.body()).get("computed_ring").asText();
            String ring = computed.equals("hold") ? "assess" : "hold";
            String body = "{\"ring\":\"" + ring + "\",\"rationale\":\"We **retire** it.<script>alert(1)</script>\"}";

            var missing = cora.json("PUT", "/api/v1/tools/feast/curation", body);
            assertThat(missing.code()).isEqualTo(428);
            assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
            var stale = cora.json("PUT", "/api/v1/tools/feast/curation", body, "If-Match", "\"v999\"");
            assertThat(stale.code()).isEqualTo(412);
            assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
            assertThat(Json.MAPPER.readTree(cora.get("/api/v1/tools/feast/curation").body()).get("curator").isNull()).isTrue();
            assertThat(team.as("carl").json("PUT", "/api/v1/tools/feast/curation", body, "If-Match", etag).code()).isEqualTo(403);

            var set = cora.json("PUT", "/api/v1/tools/feast/curation", body, "If-Match", etag);
            assertThat(set.code()).as(set.body()).isEqualTo(200);
            JsonNode after = Json.MAPPER.readTree(set.body());
            assertThat(after.get("ring").asText()).isEqualTo(ring);
            assertThat(after.get("computed_ring").asText()).isEqualTo(computed);
            assertThat(after.get("curator").get("rationale_html").asText()).contains("<strong>retire</strong>").doesNotContain("<script");
            assertThat(set.header("ETag")).isNotEqualTo(etag);
            assertThat(cora.json("PUT", "/api/v1/tools/feast/curation", body, "If-Match", etag).code()).isEqualTo(412);
            assertThat(team.as("ada").get("/api/v1/audit?action=tool.curation").body()).contains("tool:feast").contains("cora");

            var cleared = cora.json("DELETE", "/api/v1/tools/feast/curation", null, "If-Match", set.header("ETag"));
            assertThat(cleared.code()).as(cleared.body()).isEqualTo(200);
            assertThat(Json.MAPPER.readTree(cleared.body()).get("ring").asText()).isEqualTo(computed);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aCuratorSetsTheRingOnTheToolsPageAndAStaleFormChangesNothing(String engine) throws Exception {
        try (Database db = TestDatabases.of(engine); TeamSite team = TeamSite.start(db)) {
            WebUser cora = team.as("cora");
            assertThat(cora.get("/tools/feast").body()).contains("href=\"/tools/feast/curation\"");
            assertThat(team.as("carl").get("/tools/feast").body()).doesNotContain("/tools/feast/curation");
            String form = cora.get("/tools/feast/curation").body();
            assertThat(form).contains("id=\"computed-ring\"").contains("id=\"computed-reasons\"").contains("id=\"no-decision\"");
            String version = Json.MAPPER.readTree(cora.get("/api/v1/tools/feast/curation").body()).get("version").asText();

            var saved = cora.form("/tools/feast/curation", "version", version, "ring", "hold", "action", "set",
                    "rationale", "Moving to the *platform* tracker. <img src=x onerror=alert(1)>");
            assertThat(saved.code()).as(saved.body()).isEqualTo(303);
            String page = cora.get("/tools/feast").body();
            assertThat(page).contains("id=\"override\"").contains("<em>platform</em>").doesNotContain("<img src=x");

            var stale = cora.form("/tools/feast/curation", "version", version, "ring", "adopt", "action", "set", "rationale", "late");
            assertThat(stale.code()).isEqualTo(409);
            assertThat(stale.body()).contains("nothing was saved");
            JsonNode now = Json.MAPPER.readTree(cora.get("/api/v1/tools/feast/curation").body());
            assertThat(now.get("curator").get("ring").asText()).isEqualTo("hold");

            var cleared = cora.form("/tools/feast/curation", "version", now.get("version").asText(), "action", "clear");
            assertThat(cleared.code()).isEqualTo(303);
            assertThat(Json.MAPPER.readTree(cora.get("/api/v1/tools/feast/curation").body()).get("curator").isNull()).isTrue();
            assertThat(team.as("carl").form("/tools/feast/curation", "version", "1", "ring", "hold", "rationale", "x").code()).isEqualTo(403);
        }
    }
}
