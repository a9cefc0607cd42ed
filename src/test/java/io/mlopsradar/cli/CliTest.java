package io.mlopsradar.cli;

import io.mlopsradar.store.Database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    record Result(int code, String out, String err) {
    }

    /** Commands that read the catalogue from a database: tests give them a private in-memory one. */
    static final java.util.Set<String> DATABASE_COMMANDS = java.util.Set.of("tools", "explain", "render", "advise");

    static Result run(String... args) {
        if (args.length > 0 && DATABASE_COMMANDS.contains(args[0]) && !java.util.Arrays.asList(args).contains("--db")) {
            String[] all = java.util.Arrays.copyOf(args, args.length + 2);
            all[args.length] = "--db";
            all[args.length + 1] = Database.temporaryUrl("cli" + System.nanoTime());
            args = all;
        }
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void explainPrintsTheDocumentedJsonKeys() throws Exception {
        Result r = run("explain", "MLFLOW", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        for (String key : new String[] {"id", "name", "category", "quadrant", "x", "y", "ring", "reasons", "confidence"}) {
            assertThat(json.has(key)).as(key).isTrue();
        }
        assertThat(json.get("id").asText()).isEqualTo("mlflow");
        assertThat(json.get("reasons").size()).isPositive();
    }

    @Test
    void explainGivesCapabilitiesRequirementsAndSourcedRelations() throws Exception {
        JsonNode json = new ObjectMapper().readTree(run("explain", "mlflow", "--format", "json").out());
        for (String key : new String[] {"capability", "capability_name", "also", "requires", "relations"}) {
            assertThat(json.has(key)).as(key).isTrue();
        }
        assertThat(json.get("capability_name").asText()).isEqualTo("Experiment tracking");
        assertThat(json.get("also").isArray()).isTrue();
        JsonNode ludwig = null;
        for (JsonNode r : json.get("relations")) if (r.get("tool").asText().equals("ludwig")) ludwig = r;
        assertThat(ludwig).isNotNull();
        assertThat(ludwig.get("type").asText()).isEqualTo("works-with");
        assertThat(ludwig.get("source").asText()).startsWith("https://github.com/ludwig-ai/");
        assertThat(run("explain", "mlflow").out()).contains("capability: Experiment tracking", "relations:", "works with:",
                "- ludwig (source: https://github.com/ludwig-ai/");
    }

    @Test
    void explainAcceptsAnAlias() {
        Result r = run("explain", "wandb");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Weights & Biases", "reasons:");
    }

    @Test
    void anUnknownToolExitsWithTwoAndSuggestsNames() {
        Result r = run("explain", "kubeflw");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown tool 'kubeflw'", "Kubeflow");
    }

    @Test
    void toolsCanBeFilteredByRing() throws Exception {
        Result r = run("tools", "--ring", "hold", "--format", "json");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.size()).isPositive();
        json.forEach(t -> assertThat(t.get("ring").asText()).isEqualTo("hold"));
    }

    @Test
    void anUnknownFilterValueIsABadInput() {
        Result r = run("tools", "--quadrant", "middle");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown quadrant 'middle'");
    }

    @Test
    void frameworkListsPrintAsTables() {
        assertThat(run("categories").out()).contains("General Cloud Providers", "adopt");
        assertThat(run("rings").out()).contains("Adopt", "Hold");
        assertThat(run("stages").out()).contains("train-tune", "model");
    }

    @Test
    void toolsImportedFromALandscapeJoinTheCatalogueTheCommandsRead() throws Exception {
        String db = Database.temporaryUrl("landscape" + System.nanoTime());
        Result imported = run("import", "--format", "landscape", "src/test/resources/formats/landscape/landscape2.yml",
                "--landscape", "cncf", "--db", db);
        assertThat(imported.code()).as(imported.err()).isZero();
        JsonNode found = new ObjectMapper().readTree(run("tools", "--search", "old pipeline", "--format", "json", "--db", db).out());
        assertThat(found.size()).isEqualTo(1);
        Result explained = run("explain", "Old Pipeline", "--db", db);
        assertThat(explained.out()).contains("first release unknown", "discontinued");
    }

    @Test
    void reassessingDraftsANewEditionOfTheMlopsRadarWithMovement() throws Exception {
        String db = Database.temporaryUrl("reassess" + System.nanoTime());
        JsonNode draft = new ObjectMapper().readTree(run("reassess", "--edition", "2031-01-01", "--format", "json", "--db", db).out());
        assertThat(draft.get("status").asText()).isEqualTo("draft");
        assertThat(draft.get("blips").asInt()).isGreaterThanOrEqualTo(150);
        assertThat(draft.get("moved_in").asInt()).as("five more years make young tools mature").isPositive();
        JsonNode editions = new ObjectMapper().readTree(run("editions", "--radar", "mlops", "--format", "json", "--db", db).out());
        assertThat(editions.size()).isEqualTo(2);
    }

    @Test
    void aCuratorPutsAToolInARingAndTheComputedRingStaysVisible() throws Exception {
        String db = Database.temporaryUrl("curate" + System.nanoTime());
        Result curated = run("curate", "Kubeflow", "--ring", "hold", "--rationale", "We are leaving it.", "--db", db);
        assertThat(curated.code()).as(curated.err()).isZero();
        JsonNode kubeflow = new ObjectMapper().readTree(run("explain", "kubeflow", "--format", "json", "--db", db).out());
        assertThat(kubeflow.get("ring").asText()).isEqualTo("hold");
        assertThat(kubeflow.get("computed_ring").asText()).isEqualTo("assess");
        assertThat(kubeflow.get("override").get("rationale").asText()).isEqualTo("We are leaving it.");
        assertThat(run("curate", "kubeflow", "--clear", "--db", db).code()).isZero();
        assertThat(new ObjectMapper().readTree(run("explain", "kubeflow", "--format", "json", "--db", db).out())
                .get("ring").asText()).isEqualTo("assess");
        assertThat(run("curate", "kubeflow", "--ring", "sometimes", "--rationale", "x", "--db", db).code()).isEqualTo(2);
    }

    @Test
    void catalogValidateRejectsABadFileWithLineAndField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "tools:\n  - id: x\n    name: X\n");
        Result r = run("catalog", "validate", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(file + ":2: field 'homepage': missing required field");
        assertThat(run("catalog", "validate").out()).contains("valid");
    }
}
