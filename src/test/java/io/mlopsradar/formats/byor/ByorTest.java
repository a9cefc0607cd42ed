package io.mlopsradar.formats.byor;

import io.mlopsradar.editions.History;
import io.mlopsradar.editions.Radar;

import static io.mlopsradar.editions.Histories.JAN;
import static io.mlopsradar.editions.Histories.OCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Histories;
import io.mlopsradar.formats.Fixtures;
import io.mlopsradar.formats.ImportOptions;
import io.mlopsradar.formats.Problems;
import io.mlopsradar.formats.TextRadarReader;
import io.mlopsradar.formats.TextRadarWriter;
import io.mlopsradar.input.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ByorTest {
    private final ByorCsvReader csv = new ByorCsvReader();
    private final ByorJsonReader json = new ByorJsonReader();
    private final ImportOptions options = ImportOptions.on(Histories.OCT).withEdition(LocalDate.of(2024, 5, 1));

    @Test
    void readsColumnsInAnyOrderAndCaseWithKnownRingsInTheirUsualOrder() {
        var doc = csv.read("radar.csv", Fixtures.text("byor/radar.csv"), options);
        assertThat(doc.radar().rings()).containsExactly("adopt", "Trial", "Assess", "hold");
        assertThat(doc.radar().segments()).containsExactly("Standard SWE Tools", "ML Platforms", "Specialized ML Tools", "Cloud Platforms");
        assertThat(doc.radar().title()).isEqualTo("radar");
        assertThat(doc.edition().date()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(doc.edition().blips()).extracting(Blip::key, Blip::ring)
                .containsExactly(tuple("apache-airflow", "adopt"), tuple("mlflow", "Trial"), tuple("dvc", "Assess"),
                        tuple("sagemaker", "hold"), tuple("kubeflow", "adopt"));
        assertThat(doc.edition().blips().get(2).note()).isEqualTo("Versions data\nacross lines");
        assertThat(doc.edition().blips().get(3).note()).isNull();
    }

    @Test
    void descriptionsAreSanitised() {
        var doc = csv.read("radar.csv", Fixtures.text("byor/radar.csv"), options);
        String note = doc.edition().blips().get(1).note();
        assertThat(note).doesNotContain("script", "onclick", "javascript").contains("<a href=\"https://mlflow.org\"");
        assertThat(json.read("radar.json", Fixtures.text("byor/radar.json"), options.lenient(true)).edition().blips().get(0).note())
                .isEqualTo("<p>Tracks runs</p>");
    }

    @Test
    void aRowWithUnquotedCommasIsAnErrorNamingItsLine() {
        var problems = Problems.of(() -> csv.read("unquoted-commas.csv", Fixtures.text("byor/unquoted-commas.csv"), options));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("expected 5 columns but found 7");
            assertThat(p.toString()).startsWith("unquoted-commas.csv:3");
        });
    }

    @Test
    void leniently_aRowWithUnquotedCommasIsSkippedAndListed() {
        var doc = csv.read("unquoted-commas.csv", Fixtures.text("byor/unquoted-commas.csv"), options.lenient(true));
        assertThat(doc.edition().blips()).extracting(Blip::name).containsExactly("MLflow", "Airflow");
        assertThat(doc.skipped()).extracting(Problem::file, Problem::line).containsExactly(tuple("unquoted-commas.csv", 3));
    }

    @Test
    void badFlagsStatusesAndRepeatedNamesAreAllReportedWithTheirLines() {
        var problems = Problems.of(() -> csv.read("bad-values.csv", Fixtures.text("byor/bad-values.csv"), options));
        assertThat(problems).extracting(Problem::line, Problem::field)
                .containsExactly(tuple(2, "isNew"), tuple(3, "status"), tuple(5, "name"));
    }

    @Test
    void moreThanFourQuadrantsIsAnError() {
        var problems = Problems.of(() -> csv.read("five-quadrants.csv", Fixtures.text("byor/five-quadrants.csv"), options));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("at most 4 quadrants").contains("Five");
        });
    }

    @Test
    void anUnknownRingForTheTargetRadarIsAnErrorNamingTheLineAndField() {
        var problems = Problems.of(() -> json.read("radar.json", Fixtures.text("byor/radar.json"), options.into(Histories.RADAR)));
        assertThat(problems).singleElement().extracting(Problem::line, Problem::field).containsExactly(9, "[1].ring");
        assertThat(problems.get(0).message()).contains("unknown ring 'Maybe'").contains("Adopt, Trial, Assess, Hold");
    }

    @Test
    void brokenJsonNamesTheLine() {
        var problems = Problems.of(() -> json.read("broken.json", Fixtures.text("byor/broken.json"), options));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).startsWith("not valid JSON");
        });
    }

    @Test
    void csvRoundTripGivesTheSameEdition() {
        roundTrip(new ByorCsvWriter(), csv);
    }

    @Test
    void jsonRoundTripGivesTheSameEdition() {
        roundTrip(new ByorJsonWriter(), json);
    }

    private void roundTrip(TextRadarWriter writer, TextRadarReader reader) {
        var history = Histories.fiveEditions();
        for (LocalDate date : new LocalDate[] {JAN, OCT}) {
            var doc = reader.read("out", writer.write(history, date), ImportOptions.on(Histories.OCT).withEdition(date).into(Histories.RADAR));
            assertThat(doc.edition().blips()).isEqualTo(history.edition(date).blips());
            assertThat(doc.edition().date()).isEqualTo(date);
        }
        var fresh = reader.read("out", writer.write(history, OCT), ImportOptions.on(Histories.OCT));
        assertThat(fresh.radar().rings()).containsExactly("Adopt", "Trial", "Assess");
        assertThat(fresh.edition().blips()).isEqualTo(history.edition(OCT).blips());
    }

    @Test
    void statusAndIsNewComeFromMovement() {
        String out = new ByorCsvWriter().write(Histories.fiveEditions(), OCT);
        assertThat(out.lines()).element(0).isEqualTo("name,ring,quadrant,isNew,status,description,key");
        assertThat(out).contains("MLflow,Adopt,ML Platforms,FALSE,Moved In,").contains("DVC,Assess,Specialized ML Tools,FALSE,Moved Out,")
                .contains("Apache Airflow,Trial,Standard SWE Tools,FALSE,Moved Out,").contains("Optuna,Assess,Specialized ML Tools,FALSE,No Change,");
        assertThat(new ByorJsonWriter().write(Histories.fiveEditions(), JAN)).contains("\"isNew\" : \"TRUE\"", "\"status\" : \"New\"");
    }

    @Test
    void aRadarWithMoreThanFourSegmentsCannotBeWrittenAsByor() {
        var radar = new Radar("r", "R", java.util.List.of("A", "B", "C", "D", "E"), java.util.List.of("Adopt"));
        var history = new History(radar, java.util.List.of());
        assertThatThrownBy(() -> new ByorCsvWriter().write(history, null)).hasMessageContaining("at most 4 quadrants");
    }

    @Test
    void aFileWithTwoQuadrantsIsExportedAgainAsTheSameRows() {
        String file = "name,ring,quadrant,isNew,description\nMLflow,Adopt,Tools,TRUE,Tracks\nDVC,Trial,Data,FALSE,Versions\n";
        var doc = csv.read("two.csv", file, options);
        assertThat(doc.radar().segments()).containsExactly("Tools", "Data");
        var again = csv.read("again.csv", new ByorCsvWriter().write(doc.history(), doc.edition().date()), options);
        assertThat(again.radar().segments()).containsExactly("Tools", "Data");
        assertThat(again.edition().blips()).isEqualTo(doc.edition().blips());
    }
}
