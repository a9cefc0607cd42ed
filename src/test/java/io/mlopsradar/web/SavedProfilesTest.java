package io.mlopsradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.TestDatabases;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SavedProfilesTest {
    static final String PROFILE = """
            name: Northwind Platform
            clouds: [aws]
            mlops_core_business: false
            team: { researchers: 4, engineers: 6, ml_engineers: 2 }
            stack: [Git, Airflow, MLflow]
            pains: [track-evaluate, release-deploy]
            constraints: { open_source_only: true, self_hosted_only: false, budget: medium, regulated: false }
            """;

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aSavedProfileIsAdvisedAgainAndShowsWhatChangedSinceTheLastAdvice(String engine) throws Exception {
        try (Database db = TestDatabases.of(engine); TeamSite team = TeamSite.start(db)) {
            WebUser vera = team.as("vera");
            var saved = vera.form("/profiles", "name", "northwind", "profile", PROFILE);
            assertThat(saved.code()).as(saved.body()).isEqualTo(303);
            assertThat(vera.form("/profiles/northwind/advice").code()).isEqualTo(303);
            assertThat(vera.get("/profiles/northwind").body()).contains("id=\"last-advice\"").doesNotContain("id=\"changes\"");

            // the MLflow in the stack moves ring, and the profile no longer rules out paid tools
            WebUser cora = team.as("cora");
            var curation = cora.get("/api/v1/tools/mlflow/curation");
            String ring = Json.MAPPER.readTree(curation.body()).get("ring").asText().equals("hold") ? "assess" : "hold";
            assertThat(cora.json("PUT", "/api/v1/tools/mlflow/curation", "{\"ring\":\"" + ring + "\",\"rationale\":\"board call\"}",
                    "If-Match", curation.header("ETag")).code()).isEqualTo(200);
            String version = Json.MAPPER.readTree(vera.get("/api/v1/profiles/northwind").body()).get("version").asText();
            var changed = vera.form("/profiles/northwind", "version", version, "profile", PROFILE.replace("open_source_only: true",
                    "open_source_only: false"));
            assertThat(changed.code()).as(changed.body()).isEqualTo(303);
            var stale = vera.form("/profiles/northwind", "version", version, "profile", PROFILE);
            assertThat(stale.code()).isEqualTo(409);
            assertThat(stale.body()).contains("nothing was changed");

            var advised = vera.post("/api/v1/profiles/northwind/advice", "application/json", new byte[0]);
            assertThat(advised.code()).as(advised.body()).isEqualTo(200);
            JsonNode changes = Json.MAPPER.readTree(advised.body()).get("changes_since_last_advice");
            assertThat(changes.get("none").asBoolean()).isFalse();
            assertThat(changes.get("stack_rings").toString()).contains("\"tool\":\"mlflow\"").contains("\"after\":\"" + ring + "\"");
            assertThat(vera.get("/profiles/northwind").body()).contains("id=\"changes\"").contains("class=\"ring-move\"");
            assertThat(team.as("ada").get("/api/v1/audit?target=profile:northwind").body())
                    .contains("profile.add").contains("profile.change").contains("profile.advice");
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theApiSavesProfilesAgainstTheirVersion(String engine) throws Exception {
        try (Database db = TestDatabases.of(engine); TeamSite team = TeamSite.start(db)) {
            WebUser carl = team.as("carl");
            byte[] yaml = PROFILE.getBytes(StandardCharsets.UTF_8);
            var created = carl.put("/api/v1/profiles/platform", "application/yaml", yaml);
            assertThat(created.code()).as(created.body()).isEqualTo(201);
            var missing = carl.json("PUT", "/api/v1/profiles/platform", PROFILE);
            assertThat(missing.code()).isEqualTo(428);
            assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
            var bad = team.as("cleo").put("/api/v1/profiles/broken", "application/yaml", "name: [".getBytes(StandardCharsets.UTF_8));
            assertThat(bad.code()).isEqualTo(400);
            assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
            assertThat(team.anonymous().get("/api/v1/profiles").code()).isEqualTo(401);
            assertThat(carl.get("/api/v1/profiles").body()).contains("\"name\":\"platform\"").doesNotContain("broken");
        }
    }
}
