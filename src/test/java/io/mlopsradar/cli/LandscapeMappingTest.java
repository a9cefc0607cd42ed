package io.mlopsradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlopsradar.cli.CliTest.Result;
import io.mlopsradar.formats.Fixtures;
import io.mlopsradar.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LandscapeMappingTest {
    final String db = Database.temporaryUrl("landscape-mapping" + System.nanoTime());
    final String cncfLike = Fixtures.path("landscape/landscape2.yml").toString();

    @Test
    void withoutAChoiceTheOnlyBundledMappingThatFitsIsUsed() throws Exception {
        Result r = CliTest.run("import", "--format", "landscape", cncfLike, "--format", "json", "--db", db);

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(r.out());
        assertThat(summary.get("mapping").asText()).isEqualTo("cncf");
        assertThat(summary.get("mapping_detected").asBoolean()).isTrue();
        assertThat(summary.get("added").asInt() + summary.get("known").asInt()).isPositive();
    }

    @Test
    void aChosenMappingThatPlacesNothingNamesTheBundledOneThatWould() throws Exception {
        Result r = CliTest.run("import", "--format", "landscape", cncfLike, "--landscape", "lfai", "--db", db);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(cncfLike + ": --landscape lfai places none of its", "--landscape cncf would place")
                .doesNotContain("Exception");
        JsonNode found = new ObjectMapper().readTree(
                CliTest.run("tools", "--search", "old pipeline", "--format", "json", "--db", db).out());
        assertThat(found.size()).isZero();
    }

    @Test
    void aFileNoBundledMappingFitsAsksForAMappingFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("garden.yml");
        Files.writeString(file, """
                categories:
                  - name: Gardening
                    subcategories:
                      - name: Watering
                        items:
                          - name: Rain Barrel
                            homepage_url: https://rain-barrel.example/
                """);

        Result r = CliTest.run("import", "--format", "landscape", file.toString(), "--db", db);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(file + ": no bundled mapping (lfai, cncf) places any of its 1 items", "--mapping FILE");
    }

    @Test
    void anExplicitMappingFileIsUsedAsGiven(@TempDir Path dir) throws Exception {
        Path mapping = dir.resolve("mapping.yaml");
        Files.writeString(mapping, "categories:\n  App Definition and Development: ci-cd-pipelines\n");

        Result r = CliTest.run("import", "--format", "landscape", cncfLike, "--mapping", mapping.toString(), "--format",
                "json", "--db", db);

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(r.out());
        assertThat(summary.get("mapping").asText()).isEqualTo(mapping.toString());
        assertThat(summary.get("mapping_detected").asBoolean()).isFalse();
    }
}
