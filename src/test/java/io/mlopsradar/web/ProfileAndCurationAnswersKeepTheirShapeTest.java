package io.mlopsradar.web;

import static io.mlopsradar.text.GoldenJson.assertAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.store.Database;
import io.mlopsradar.store.TestDatabases;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The exact JSON of the saved-profile answers (with what changed between two advice runs) and of the curation
 * answers. The advice itself and the ring's reasons are masked: other tests pin them, and they follow the catalogue.
 */
class ProfileAndCurationAnswersKeepTheirShapeTest {
    @Test
    void savedProfilesAndCurationAnswerTheDocumentedJson() throws Exception {
        try (Database db = TestDatabases.sqlite(); TeamSite team = TeamSite.start(db)) {
            WebUser vera = team.as("vera");
            byte[] profile = SavedProfilesTest.PROFILE.getBytes(StandardCharsets.UTF_8);
            assertAnswer(vera.put("/api/v1/profiles/northwind", "application/yaml", profile).body(), "web/answers/profile-created.json");
            assertAnswer(vera.get("/api/v1/profiles").body(), "web/answers/profiles.json");
            assertAnswer(vera.post("/api/v1/profiles/northwind/advice", "application/json",
                    new byte[0]).body(), "web/answers/profile-advice-first.json", "advice");

            WebUser cora = team.as("cora");
            var read = cora.get("/api/v1/tools/mlflow/curation");
            assertAnswer(read.body(), "web/answers/curation.json", "reasons", "rationale", "rationale_html");
            var set = cora.json("PUT", "/api/v1/tools/mlflow/curation", "{\"ring\":\"hold\",\"rationale\":\"A *board* call\"}",
                    "If-Match", read.header("ETag"));
            assertThat(set.code()).isEqualTo(200);
            assertAnswer(set.body(), "web/answers/curation-set.json", "reasons");

            String version = Json.MAPPER.readTree(vera.get("/api/v1/profiles/northwind").body()).get("version").asText();
            assertThat(vera.form("/profiles/northwind", "version", version, "profile", SavedProfilesTest.PROFILE
                    .replace("open_source_only: true", "open_source_only: false")).code()).isEqualTo(303);
            assertAnswer(vera.post("/api/v1/profiles/northwind/advice", "application/json",
                    new byte[0]).body(), "web/answers/profile-advice-second.json", "advice");
            assertAnswer(vera.get("/api/v1/profiles/northwind").body(), "web/answers/profile.json");
            assertAnswer(cora.json("DELETE", "/api/v1/tools/mlflow/curation", null,
                    "If-Match", set.header("ETag")).body(), "web/answers/curation-cleared.json", "reasons");
        }
    }
}
