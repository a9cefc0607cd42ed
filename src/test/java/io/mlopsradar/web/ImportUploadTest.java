package io.mlopsradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportUploadTest {
    private static final String GOOD = "name,ring,quadrant,isNew,description\n"
            + "Airflow,Adopt,Standard SWE Tools,FALSE,Schedules pipelines\nFeast,Trial,Data,TRUE,Serves features\n";

    private static final String SEGMENTS = "(segments: Standard SWE Tools, Data); map it in the mapping file under segments:";

    private static byte[] badValues() throws IOException {
        try (InputStream in = ImportUploadTest.class.getResourceAsStream("/formats/byor/bad-values.csv")) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aCuratorUploadsAFileAndSeesWhatWasImportedAndWhatWasSkipped(String engine) throws Exception {
        try (Database db = TestDatabases.of(engine); TeamSite team = TeamSite.start(db)) {
            WebUser cora = team.as("cora");
            assertThat(cora.get("/radars/team-picks/import").body()).contains("id=\"import-form\"").contains("creates it");

            var lenient = cora.upload("/radars/team-picks/import", "bad-values.csv", badValues(), "format", "byor-csv",
                    "edition", "2026-03-01", "mode", "lenient");
            assertThat(lenient.code()).as(lenient.body()).isEqualTo(200);
            assertThat(lenient.body()).contains("id=\"import-report\"").contains("(new)").contains("1 editions added")
                    .contains("id=\"import-skipped\"").contains("<td>bad-values.csv</td>").doesNotContain("radar-upload");
            assertThat(cora.get("/api/v1/radars/team-picks").code()).isEqualTo(200);

            var strict = cora.upload("/radars/strict-picks/import", "bad-values.csv", badValues(), "format", "byor-csv", "mode", "strict");
            assertThat(strict.code()).isEqualTo(400);
            assertThat(strict.body()).contains("id=\"import-refused\"").contains("<td>bad-values.csv</td>").contains("nothing was imported");
            assertThat(cora.get("/api/v1/radars/strict-picks").code()).isEqualTo(404);

            var folder = cora.upload("/radars/team-picks/import", "x.md", GOOD.getBytes(StandardCharsets.UTF_8), "format", "aoe");
            assertThat(folder.code()).isEqualTo(415);
            assertThat(team.as("carl").upload("/radars/team-picks/import", "a.csv", GOOD.getBytes(StandardCharsets.UTF_8),
                    "format", "byor-csv").code()).isEqualTo(403);
            assertThat(team.as("ada").get("/api/v1/audit?action=radar.import").body()).contains("radar:team-picks").contains("cora")
                    .doesNotContain("strict-picks");
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theApiImportsARequestBodyAndRefusesBadFilesAsProblems(String engine) throws Exception {
        try (Database db = TestDatabases.of(engine); TeamSite team = TeamSite.start(db)) {
            WebUser cora = team.as("cora");
            byte[] good = GOOD.getBytes(StandardCharsets.UTF_8);
            var created = cora.post("/api/v1/radars/ci-radar/imports?format=byor-csv&edition=2026-02-01", "text/csv", good);
            assertThat(created.code()).as(created.body()).isEqualTo(201);
            JsonNode report = Json.MAPPER.readTree(created.body());
            assertThat(report.get("editions_added").asInt()).isEqualTo(1);
            var again = cora.post("/api/v1/radars/ci-radar/imports?format=byor-csv&edition=2026-02-01", "text/csv", good);
            assertThat(again.code()).isEqualTo(200);
            assertThat(Json.MAPPER.readTree(again.body()).get("changed").asBoolean()).isFalse();

            var skipped = cora.post("/api/v1/radars/ci-radar/imports?format=byor-csv&edition=2026-02-02&lenient=true&filename=b.csv",
                    "text/csv", badValues());
            assertThat(skipped.code()).as(skipped.body()).isEqualTo(200);
            assertThat(skipped.body()).as("the whole answer").isEqualTo("{\"format\":\"byor-csv\",\"radar\":\"ci-radar\","
                    + "\"radar_created\":false,\"editions_added\":1,\"editions_replaced\":0,\"editions_unchanged\":0,\"changed\":true,"
                    + "\"skipped\":[{\"file\":\"b.csv\",\"line\":2,\"field\":\"quadrant\",\"message\":\"unknown segment 'ML Platforms' "
                    + "for radar 'ci-radar' " + SEGMENTS + "\"},{\"file\":\"b.csv\",\"line\":2,\"field\":\"isNew\",\"message\":"
                    + "\"'maybe' is not TRUE or FALSE\"},{\"file\":\"b.csv\",\"line\":3,\"field\":\"quadrant\",\"message\":"
                    + "\"unknown segment 'Specialized ML Tools' for radar 'ci-radar' " + SEGMENTS + "\"},{\"file\":\"b.csv\",\"line\":3,"
                    + "\"field\":\"status\",\"message\":\"'Sideways' is not one of New, Moved In, Moved Out, No Change\"},"
                    + "{\"file\":\"b.csv\",\"line\":5,\"field\":\"name\",\"message\":\"'airflow' appears twice (first on line 4)\"}]}");
            JsonNode first = Json.MAPPER.readTree(skipped.body()).get("skipped").get(0);
            assertThat(first.get("file").asText()).isEqualTo("b.csv");
            assertThat(first.get("line").asInt()).isPositive();

            var refused = cora.post("/api/v1/radars/ci-radar/imports?format=byor-csv&edition=2026-02-03", "text/csv", badValues());
            assertThat(refused.code()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(Json.MAPPER.readTree(refused.body()).get("problems").size()).isPositive();

            var wrongType = cora.post("/api/v1/radars/ci-radar/imports?format=byor-csv", "image/png", good);
            assertThat(wrongType.code()).isEqualTo(415);
            assertThat(wrongType.header("Content-Type")).startsWith("application/problem+json");
            var tooLarge = cora.post("/api/v1/radars/ci-radar/imports?format=byor-csv", "text/csv", new byte[3 * 1024 * 1024]);
            assertThat(tooLarge.code()).isEqualTo(413);
            assertThat(cora.post("/api/v1/radars/ci-radar/imports?format=nope", "text/csv", good).code()).isEqualTo(400);
            assertThat(cora.post("/api/v1/radars/ci-radar/imports?format=landscape", "text/csv", good).code()).isEqualTo(415);
            assertThat(team.as("vera").post("/api/v1/radars/ci-radar/imports?format=byor-csv", "text/csv", good).code()).isEqualTo(403);
        }
    }
}
