package io.mlopsradar.formats.aoe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.Histories;
import io.mlopsradar.formats.Fixtures;
import io.mlopsradar.formats.ImportOptions;
import io.mlopsradar.formats.Problems;
import io.mlopsradar.pictures.HistoryPictures;
import io.mlopsradar.drawing.RadarSvg;
import io.mlopsradar.input.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AoeTest {
    private final AoeReader reader = new AoeReader();

    @Test
    void everyReleaseIsRebuiltInFullFromTheChangesItLists() {
        var doc = reader.read(Fixtures.path("aoe/site"), ImportOptions.on(Histories.OCT));
        assertThat(doc.editions()).extracting(Edition::date).containsExactly(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 1));
        assertThat(doc.editions().get(0).blips()).extracting(Blip::key, Blip::ring, Blip::segment)
                .containsExactly(tuple("dvc", "Trial", "Tools"), tuple("mlflow", "Assess", "Platforms"));
        assertThat(doc.editions().get(1).blips()).extracting(Blip::key, Blip::ring)
                .containsExactly(tuple("dvc", "Trial"), tuple("mlflow", "Adopt"), tuple("optuna", "Assess"));
        assertThat(doc.editions().get(1).blips().get(1).note()).isEqualTo("Now our default tracker.");
        assertThat(doc.editions().get(0).blips().get(0).note()).startsWith("Versions data like code.").contains("dvc add data/");
        assertThat(doc.editions().get(1).blips().get(2).note()).isNull();
    }

    @Test
    void configTitlesNameTheQuadrantsAndRingsInOrder() {
        var doc = reader.read(Fixtures.path("aoe/site"), ImportOptions.on(Histories.OCT));
        assertThat(doc.radar().segments()).containsExactly("Platforms", "Tools");
        assertThat(doc.radar().rings()).containsExactly("Adopt", "Trial", "Assess", "Hold");
        assertThat(doc.history().movements(LocalDate.of(2024, 6, 1))).extracting(m -> m.key(), m -> m.movement().name())
                .containsExactly(tuple("dvc", "UNCHANGED"), tuple("mlflow", "MOVED_IN"), tuple("optuna", "NEW"));
    }

    @Test
    void aConfigWithTheOlderSegmentsKeyNamesTheQuadrantsByTitle() {
        var doc = reader.read(Fixtures.path("aoe/segments"), ImportOptions.on(Histories.OCT));

        assertThat(doc.radar().segments())
                .containsExactly("Ways of Working", "Tooling & Utilities", "Runtime & Operations", "Code & Libraries");
        assertThat(doc.editions().get(1).blips()).extracting(Blip::key, Blip::ring, Blip::segment).containsExactly(
                tuple("feature-flags", "Adopt", "Ways of Working"), tuple("pre-commit", "Adopt", "Tooling & Utilities"),
                tuple("kserve", "Assess", "Runtime & Operations"));
        String svg = RadarSvg.render(HistoryPictures.radar(doc.history(), LocalDate.of(2024, 7, 10), "#{id}"));
        assertThat(svg).contains("Ways of Working", "Tooling &amp; Utilities", "Runtime &amp; Operations")
                .doesNotContain(">ways-of-working<", ">runtime-and-ops<");
    }

    @Test
    void anItemWithoutRingIsAnErrorNamingFileAndField() {
        var problems = Problems.of(() -> reader.read(Fixtures.path("aoe/broken"), ImportOptions.on(Histories.OCT)));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("no-ring.md");
            assertThat(p.field()).isEqualTo("ring");
            assertThat(p.line()).isEqualTo(2);
        });
        var lenient = reader.read(Fixtures.path("aoe/broken"), ImportOptions.on(Histories.OCT).lenient(true));
        assertThat(lenient.edition().blips()).extracting(Blip::key).containsExactly("fine");
        assertThat(lenient.skipped()).extracting(Problem::field).containsExactly("ring");
    }

    @Test
    void anUnknownQuadrantForATargetRadarNamesTheFileAndLine() {
        var problems = Problems.of(() -> reader.read(Fixtures.path("aoe/site"), ImportOptions.on(Histories.OCT).into(Histories.RADAR)));
        assertThat(problems).extracting(p -> Path.of(p.file()).getFileName().toString(), Problem::line, Problem::field)
                .contains(tuple("dvc.md", 4, "segment"), tuple("mlflow.md", 4, "quadrant"));
    }

    @Test
    void roundTripGivesTheSameHistoryAndWritesOnlyChangedItems(@TempDir Path dir) throws IOException {
        var history = Histories.withoutRemovals();
        new AoeWriter().write(history, null, dir);
        assertThat(files(dir.resolve("radar/2024-01-01"))).isEqualTo(4);
        assertThat(files(dir.resolve("radar/2024-04-01"))).isEqualTo(3);
        var doc = reader.read(dir, ImportOptions.on(Histories.OCT));
        assertThat(doc.radar().segments()).isEqualTo(Histories.RADAR.segments());
        assertThat(doc.radar().rings()).isEqualTo(Histories.RADAR.rings());
        // AOE has no order of items: files are read by name.
        assertThat(doc.editions()).extracting(Edition::date).isEqualTo(history.editions().stream().map(Edition::date).toList());
        for (int i = 0; i < doc.editions().size(); i++) {
            assertThat(doc.editions().get(i).blips()).containsExactlyInAnyOrderElementsOf(history.editions().get(i).blips());
        }
    }

    private static long files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.count();
        }
    }
}
