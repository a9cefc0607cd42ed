package io.mlopsradar.formats.zalando;

import io.mlopsradar.landscape.Framework;
import static io.mlopsradar.editions.Histories.JAN;
import static io.mlopsradar.editions.Histories.OCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Histories;
import io.mlopsradar.formats.Fixtures;
import io.mlopsradar.formats.ImportOptions;
import io.mlopsradar.formats.Mapping;
import io.mlopsradar.formats.Problems;
import io.mlopsradar.input.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ZalandoTest {
    private final ZalandoReader reader = new ZalandoReader();
    private final Mapping mapping = Mapping.read("mapping.yaml", Fixtures.text("zalando/mapping.yaml"), Framework.bundled());

    @Test
    void withoutAMappingQuadrantsGetTheirDefaultNamesCountingClockwiseFromBottomRight() {
        var doc = reader.read("config.json", Fixtures.text("zalando/config.json"), ImportOptions.on(Histories.OCT));
        assertThat(doc.radar().segments()).containsExactly("Bottom right", "Bottom left", "Top left", "Top right");
        assertThat(doc.radar().rings()).containsExactly("Adopt", "Trial", "Assess", "Hold");
        assertThat(doc.edition().date()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(doc.edition().blips()).extracting(Blip::name, Blip::segment, Blip::ring)
                .containsExactly(tuple("MLflow", "Bottom left", "Adopt"), tuple("DVC", "Top left", "Assess"),
                        tuple("Optuna", "Bottom right", "Trial"));
        assertThat(doc.edition().blips().get(0).note()).isEqualTo("https://mlflow.org");
    }

    @Test
    void inactiveEntriesAreKeptOutButReported() {
        var doc = reader.read("config.json", Fixtures.text("zalando/config.json"), ImportOptions.on(Histories.OCT));
        assertThat(doc.skipped()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("inactive entry 'Luigi'");
        });
    }

    @Test
    void aMappingNamesTheIndicesOfATargetRadar() {
        var doc = reader.read("config.json", Fixtures.text("zalando/config.json"),
                ImportOptions.on(Histories.OCT).withMapping(mapping).into(Histories.RADAR).withEdition(JAN));
        assertThat(doc.edition().date()).isEqualTo(JAN);
        assertThat(doc.edition().blips()).extracting(Blip::name, Blip::segment)
                .containsExactly(tuple("MLflow", "Standard SWE Tools"), tuple("DVC", "Cloud Platforms"), tuple("Optuna", "Specialized ML Tools"));
    }

    @Test
    void unmappedQuadrantNamesAreErrorsForATargetRadarNamingTheLine() {
        var problems = Problems.of(() -> reader.read("config.json", Fixtures.text("zalando/config.json"),
                ImportOptions.on(Histories.OCT).into(Histories.RADAR)));
        assertThat(problems).extracting(Problem::line, Problem::field)
                .containsExactly(tuple(4, "entries[0].quadrant"), tuple(5, "entries[1].quadrant"), tuple(7, "entries[3].quadrant"));
        assertThat(problems.get(0).message()).contains("unknown segment 'Bottom left'");
    }

    @Test
    void indicesOutOfRangeAreErrorsNamingLineAndField() {
        var problems = Problems.of(() -> reader.read("bad-index.json", Fixtures.text("zalando/bad-index.json"), ImportOptions.on(Histories.OCT)));
        assertThat(problems).extracting(Problem::line, Problem::field).containsExactly(tuple(4, "entries[1].quadrant"), tuple(4, "entries[1].moved"));
        var lenient = reader.read("bad-index.json", Fixtures.text("zalando/bad-index.json"), ImportOptions.on(Histories.OCT).lenient(true));
        assertThat(lenient.edition().blips()).extracting(Blip::name).containsExactly("MLflow");
        assertThat(lenient.skipped()).hasSize(2);
    }

    @Test
    void roundTripGivesTheSameEditionAndRadarShape() {
        var history = Histories.fiveEditions();
        String json = new ZalandoWriter().write(history, OCT);
        assertThat(json).contains("\"moved\" : 1", "\"moved\" : -1", "\"date\" : \"2024-10-01\"");
        var doc = reader.read("config.json", json, ImportOptions.on(Histories.OCT));
        assertThat(doc.edition().date()).isEqualTo(OCT);
        assertThat(doc.edition().blips()).isEqualTo(history.edition(OCT).blips());
        assertThat(doc.radar().segments()).isEqualTo(Histories.RADAR.segments());
        assertThat(doc.radar().rings()).isEqualTo(Histories.RADAR.rings());
        var first = reader.read("config.json", new ZalandoWriter().write(history, JAN), ImportOptions.on(Histories.OCT).into(Histories.RADAR));
        assertThat(first.edition().blips()).isEqualTo(history.edition(JAN).blips());
    }
}
