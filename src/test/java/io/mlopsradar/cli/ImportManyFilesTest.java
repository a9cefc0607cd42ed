package io.mlopsradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlopsradar.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several files (or a folder of them) go into one radar in one transaction: all of them, or none. */
class ImportManyFilesTest {
    private static final String HEADER = "name,ring,quadrant,isNew,description\n";
    private static final String QUADRANTS = "Airflow,Adopt,Standard SWE Tools,FALSE,Schedules\n"
            + "SageMaker,Hold,Cloud Platforms,FALSE,Managed\n" + "DVC,Assess,Specialized ML Tools,FALSE,Versions\n";

    private static Path volume(Path dir, String name, String mlflowRing) throws Exception {
        return volume(dir, name, mlflowRing, "FALSE");
    }

    private static Path volume(Path dir, String name, String mlflowRing, String isNew) throws Exception {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), HEADER + "MLflow," + mlflowRing + ",ML Platforms," + isNew + ",Tracks runs\n" + QUADRANTS);
    }

    @Test
    void threeVolumesBecomeThreeEditionsDatedFromTheirNames(@TempDir Path dir) throws Exception {
        String db = Database.defaultUrl(dir.resolve("data"));
        Path a = volume(dir, "tw-2023-04.csv", "Assess"), b = volume(dir, "tw-2023-10.csv", "Trial"), c = volume(dir, "tw-2024-04.csv", "Adopt");
        var r = CliTest.run("import", "--format", "byor-csv", a.toString(), b.toString(), c.toString(), "--radar", "tw",
                "--edition-from-name", "(\\d{4}-\\d{2})", "--db", db, "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        var json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("editions_added").asInt()).isEqualTo(3);
        assertThat(json.get("files").size()).isEqualTo(3);
        var editions = new ObjectMapper().readTree(CliTest.run("editions", "--radar", "tw", "--db", db, "--format", "json").out());
        assertThat(editions.findValuesAsText("date")).containsExactlyInAnyOrder("2023-04-01", "2023-10-01", "2024-04-01");
        var timeline = CliTest.run("timeline", "--radar", "tw", "mlflow", "--db", db);
        assertThat(timeline.out()).contains("Assess", "Trial", "Adopt");
    }

    @Test
    void aFolderStandsForItsFiles(@TempDir Path dir) throws Exception {
        String db = Database.defaultUrl(dir.resolve("data"));
        Path volumes = dir.resolve("volumes");
        for (String month : List.of("2022-10", "2023-04", "2023-10")) volume(volumes, "vol-" + month + ".csv", "Trial");
        Files.writeString(volumes.resolve(".notes.csv"), "hidden files are not volumes");
        var r = CliTest.run("import", "--format", "byor-csv", volumes.toString(), "--radar", "tw",
                "--edition-from-name", "(\\d{4}-\\d{2})", "--db", db);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 files", "3 editions added");
    }

    @Test
    void aBadRowInOneFileRefusesEveryFileAndNamesEachProblem(@TempDir Path dir) throws Exception {
        String db = Database.defaultUrl(dir.resolve("data"));
        Path good = volume(dir, "tw-2023-04.csv", "Assess");
        Path bad = volume(dir, "tw-2023-10.csv", "Trial", "maybe");
        Path worse = volume(dir, "tw-2024-04.csv", "Adopt", "perhaps");
        var r = CliTest.run("import", "--format", "byor-csv", good.toString(), bad.toString(), worse.toString(), "--radar", "tw",
                "--edition-from-name", "(\\d{4}-\\d{2})", "--db", db);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":2: field 'isNew'", worse + ":2: field 'isNew'").doesNotContain("Exception");
        var radars = CliTest.run("radars", "--db", db);
        assertThat(radars.out()).doesNotContain("tw");
    }

    @Test
    void twoFilesForTheSameEditionAreRefused(@TempDir Path dir) throws Exception {
        String db = Database.defaultUrl(dir.resolve("data"));
        Path a = volume(dir, "a-2023-04.csv", "Assess"), b = volume(dir, "b-2023-04.csv", "Trial");
        var r = CliTest.run("import", "--format", "byor-csv", a.toString(), b.toString(), "--radar", "tw",
                "--edition-from-name", "(\\d{4}-\\d{2})", "--db", db);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(b.toString(), "edition 2023-04-01 comes from " + a + " already");
    }
}
