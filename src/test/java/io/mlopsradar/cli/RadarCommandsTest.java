package io.mlopsradar.cli;

import io.mlopsradar.formats.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlopsradar.editions.Histories;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.Radar;
import io.mlopsradar.formats.registry.Format;
import io.mlopsradar.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RadarCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    String db;
    Path yaml;

    @BeforeEach
    void freshDatabaseAndAFiveEditionFile() throws Exception {
        db = Database.temporaryUrl("cli" + UUID.randomUUID().toString().replace("-", ""));
        yaml = dir.resolve("team-radar.yaml");
        var five = Histories.fiveEditions();
        var team = new Radar("team", "Team Radar", five.radar().segments(), five.radar().rings());
        Files.writeString(yaml, Format.YAML.textWriter().orElseThrow().write(new History(team, five.editions()), null));
    }

    CliTest.Result run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--db";
        all[args.length + 1] = db;
        return CliTest.run(all);
    }

    JsonNode json(CliTest.Result r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void importIntoAFreshDatabaseThenReimportChangesNothing() throws Exception {
        JsonNode first = json(run("import", "--format", "yaml", yaml.toString(), "--format", "json"));
        assertThat(first.get("radar").asText()).isEqualTo("team");
        assertThat(first.get("editions_added").asInt()).isEqualTo(5);
        assertThat(first.get("changed").asBoolean()).isTrue();
        var again = run("import", "--format", "yaml", yaml.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("nothing changed", "5 unchanged");
        JsonNode radars = json(run("radars", "--format", "json"));
        assertThat(radars.findValuesAsText("name")).contains("team", "mlops");
    }

    @Test
    void aByorFileBecomesARadarNamedAfterTheFileAndCanBePublished() throws Exception {
        Path csv = dir.resolve("Our Radar.csv");
        Files.writeString(csv, Format.BYOR_CSV.textWriter().orElseThrow().write(Histories.withoutRemovals(), Histories.JAN));
        JsonNode r = json(run("import", "--format", "byor-csv", csv.toString(), "--edition", "2025-03-01", "--format", "json"));
        assertThat(r.get("radar").asText()).isEqualTo("our-radar");
        JsonNode editions = json(run("editions", "--radar", "our-radar", "--format", "json"));
        assertThat(editions.get(0).get("status").asText()).isEqualTo("draft");
        assertThat(run("publish", "--radar", "our-radar", "--edition", "2025-03-01").out()).contains("published edition 2025-03-01");
        assertThat(json(run("editions", "--radar", "our-radar", "--format", "json")).get(0).get("status").asText()).isEqualTo("published");
        assertThat(run("import", "--format", "byor-csv", csv.toString(), "--edition", "2025-03-01").out())
                .as("the same rows again match the published edition").contains("nothing changed");
        Files.writeString(csv, Files.readString(csv).replace("Adopt", "Hold").replace("adopt", "hold"));
        var changed = run("import", "--format", "byor-csv", csv.toString(), "--edition", "2025-03-01");
        assertThat(changed.code()).isEqualTo(2);
        assertThat(changed.err()).contains("is published and cannot be changed");
        var refused = run("import", "--format", "byor-csv", csv.toString(), "--edition", "2025-03-01", "--radar", "our-radar",
                "--mapping", dir.resolve("missing.yaml").toString());
        assertThat(refused.code()).isEqualTo(2);
    }

    @Test
    void unknownNamesWhenImportingIntoARadarAreErrorsNamingTheLine() throws Exception {
        json(run("import", "--format", "yaml", yaml.toString(), "--format", "json"));
        Path csv = dir.resolve("other.csv");
        Files.writeString(csv, "name,ring,quadrant,isNew,description\nMLflow,adopt,ML Platforms,TRUE,x\nFoo,Maybe,ML Platforms,FALSE,y\n");
        var r = run("import", "--format", "byor-csv", csv.toString(), "--radar", "team", "--edition", "2026-01-01");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(csv + ":3", "Maybe");
        assertThat(json(run("editions", "--radar", "team", "--format", "json")).size()).as("nothing was written").isEqualTo(5);
        var lenient = run("import", "--format", "byor-csv", csv.toString(), "--radar", "team", "--edition", "2026-01-01", "--lenient");
        assertThat(lenient.code()).as(lenient.err()).isZero();
        assertThat(lenient.out()).contains("1 editions added", "skipped " + csv + ":3");
    }

    @Test
    void editionsDiffAndTimelinePrintTheDocumentedKeys() throws Exception {
        json(run("import", "--format", "yaml", yaml.toString(), "--format", "json"));
        JsonNode editions = json(run("editions", "--radar", "team", "--format", "json"));
        assertThat(editions).hasSize(5);
        for (String key : new String[] {"date", "status", "blips", "new", "moved_in", "moved_out", "removed", "returned"}) {
            assertThat(editions.get(0).has(key)).as(key).isTrue();
        }
        JsonNode diff = json(run("diff", "--radar", "team", "2024-01-01", "2024-04-01", "--format", "json"));
        assertThat(diff.get("added").findValuesAsText("key")).containsExactly("optuna");
        assertThat(diff.get("removed").findValuesAsText("key")).containsExactly("airflow");
        assertThat(diff.get("moved_in").findValuesAsText("from_ring")).containsExactlyInAnyOrder("Assess", "Hold");
        assertThat(run("diff", "--radar", "team", "2024-01-01", "2024-04-01").out()).contains("moved in", "MLflow", "Assess", "Trial");
        JsonNode timeline = json(run("timeline", "--radar", "team", "Apache Airflow", "--format", "json"));
        assertThat(timeline.get("key").asText()).isEqualTo("airflow");
        assertThat(timeline.get("entries").findValuesAsText("movement")).contains("removed", "returned");
        assertThat(run("diff", "--radar", "team", "2024-13-01", "2024-04-01").code()).isEqualTo(2);
        assertThat(run("editions", "--radar", "nope").err()).contains("no radar 'nope'; known: mlops, team");
    }

    @Test
    void exportWritesAFileTheImportReadsBack() throws Exception {
        json(run("import", "--format", "yaml", yaml.toString(), "--format", "json"));
        Path out = dir.resolve("out/backstage.json");
        assertThat(run("export", "--format", "backstage", "--radar", "team", "--out", out.toString()).code()).isZero();
        assertThat(Files.readString(out)).contains("\"entries\"", "MLflow");
        assertThat(run("export", "--format", "landscape", "--radar", "team", "--out", out.toString()).code()).isEqualTo(2);
    }

    @Test
    void aLandscapeFileAddsUnknownToolsToTheCatalogueOnce() throws Exception {
        String file = Fixtures.path("landscape/legacy.yml").toString();
        JsonNode first = json(run("import", "--format", "landscape", file, "--landscape", "lfai", "--format", "json"));
        assertThat(first.get("known").asInt()).isPositive();
        assertThat(first.get("unmapped").asInt()).isOne();
        assertThat(first.get("ignored").asInt()).isOne();
        assertThat(first.get("unmapped_items").get(0).get("line").asInt()).isEqualTo(25);
        JsonNode again = json(run("import", "--format", "landscape", file, "--format", "json"));
        assertThat(again.get("added").asInt()).isZero();
        assertThat(run("import", "--format", "landscape", file).out()).contains("0 tools added", "unmapped " + file + ":25");
    }

    @Test
    void aLongImportReportsProgressOnStderr() throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, Format.YAML.textWriter().orElseThrow().write(BenchHistory.generate(3, 300, 1), null));
        var r = run("import", "--format", "yaml", big.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("(1 of 3 editions, 33% of rows)", "(3 of 3 editions, 100% of rows)");
        assertThat(run("import", "--format", "yaml", yaml.toString()).err()).as("short imports stay quiet").doesNotContain("of rows");
    }

    @Test
    void siteWritesAnIndexPage() throws Exception {
        json(run("import", "--format", "yaml", yaml.toString(), "--format", "json"));
        JsonNode r = json(run("site", "--radar", "team", "--out", dir.resolve("site").toString(), "--format", "json"));
        assertThat(r.get("files").asInt()).isGreaterThan(10);
        assertThat(dir.resolve("site/index.html")).exists();
    }
}
