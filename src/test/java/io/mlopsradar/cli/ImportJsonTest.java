package io.mlopsradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.formats.Fixtures;
import io.mlopsradar.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON an import prints is read by scripts: its keys, their order and its nulls are pinned whole. */
class ImportJsonTest {
    private static final String VOLUME = "name,ring,quadrant,isNew,description\nMLflow,Adopt,ML Platforms,FALSE,Tracks runs\n"
            + "Airflow,Adopt,Standard SWE Tools,FALSE,Schedules\nSageMaker,Hold,Cloud Platforms,FALSE,Managed\n"
            + "DVC,Assess,Specialized ML Tools,FALSE,Versions\n";

    @Test
    void oneFileReadLenientlyListsTheRowsItSkipped(@TempDir Path dir) {
        String file = Fixtures.path("byor/bad-values.csv").toString();
        var r = CliTest.run("import", "--format", "byor-csv", file, "--radar", "picks", "--edition", "2026-03-01", "--lenient",
                "--db", Database.defaultUrl(dir), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("""
                {
                  "format" : "byor-csv",
                  "file" : "%1$s",
                  "files" : [ "%1$s" ],
                  "radar" : "picks",
                  "radar_created" : true,
                  "editions_added" : 1,
                  "editions_replaced" : 0,
                  "editions_unchanged" : 0,
                  "changed" : true,
                  "skipped" : [ {
                    "file" : "%1$s",
                    "line" : 2,
                    "field" : "isNew",
                    "message" : "'maybe' is not TRUE or FALSE"
                  }, {
                    "file" : "%1$s",
                    "line" : 3,
                    "field" : "status",
                    "message" : "'Sideways' is not one of New, Moved In, Moved Out, No Change"
                  }, {
                    "file" : "%1$s",
                    "line" : 5,
                    "field" : "name",
                    "message" : "'airflow' appears twice (first on line 4)"
                  } ]
                }
                """.formatted(file));
    }

    @Test
    void manyFilesHaveNoSingleFile(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("tw-2023-04.csv"), VOLUME), b = Files.writeString(dir.resolve("tw-2023-10.csv"), VOLUME);
        String db = Database.defaultUrl(dir.resolve("data"));
        String[] args = {"import", "--format", "byor-csv", a.toString(), b.toString(), "--radar", "tw", "--edition-from-name",
            "(\\d{4}-\\d{2})", "--db", db, "--format", "json"};
        assertThat(CliTest.run(args).code()).isZero();
        var again = CliTest.run(args);
        assertThat(again.out()).isEqualTo("""
                {
                  "format" : "byor-csv",
                  "file" : null,
                  "files" : [ "%s", "%s" ],
                  "radar" : "tw",
                  "radar_created" : false,
                  "editions_added" : 0,
                  "editions_replaced" : 0,
                  "editions_unchanged" : 2,
                  "changed" : false,
                  "skipped" : [ ]
                }
                """.formatted(a, b));
    }

    @Test
    void aLandscapeImportSaysWhatBecameOfEveryItem(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("landscape.yml"), """
                categories:
                  - name: Pipelines
                    subcategories:
                      - name: Orchestration
                        items:
                          - name: MLflow
                            homepage_url: https://mlflow.org/
                          - name: Brand New Flow
                            homepage_url: https://brand-new-flow.example/
                            repo_url: ftp://brand-new-flow.example/src
                  - name: Gardening
                    subcategories:
                      - name: Watering
                        items:
                          - name: Rain Barrel
                            homepage_url: https://rain-barrel.example/
                  - name: Noise
                    subcategories:
                      - name: Static
                        items:
                          - name: Hiss
                            homepage_url: https://hiss.example/
                """);
        Path mapping = Files.writeString(dir.resolve("mapping.yaml"), "categories:\n  Pipelines: ci-cd-pipelines\n  Noise: ignore\n");
        var r = CliTest.run("import", "--format", "landscape", file.toString(), "--mapping", mapping.toString(), "--format", "json",
                "--db", Database.defaultUrl(dir.resolve("data")));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("""
                {
                  "format" : "landscape",
                  "file" : "%1$s",
                  "mapping" : "%2$s",
                  "mapping_detected" : false,
                  "added" : 1,
                  "known" : 1,
                  "unmapped" : 1,
                  "ignored" : 1,
                  "added_tools" : [ "brand-new-flow" ],
                  "unmapped_items" : [ {
                    "file" : "%1$s",
                    "line" : 15,
                    "field" : "category",
                    "message" : "no mapping for 'Gardening / Watering'; item 'Rain Barrel' left out (map it in the mapping file under categories:)"
                  } ],
                  "dropped_links" : [ {
                    "file" : "%1$s",
                    "line" : 8,
                    "field" : "repo_url",
                    "message" : "'ftp://brand-new-flow.example/src' of item 'Brand New Flow' is not an http(s) URL; dropped"
                  } ]
                }
                """.formatted(file, mapping));
    }
}
