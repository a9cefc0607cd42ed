package io.mlopsradar.formats.backstage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.Histories;
import io.mlopsradar.formats.Fixtures;
import io.mlopsradar.formats.ImportOptions;
import io.mlopsradar.formats.Mapping;
import io.mlopsradar.formats.Problems;
import io.mlopsradar.input.Problem;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackstageTest {
    private final BackstageReader reader = new BackstageReader();

    @Test
    void eachDistinctTimelineDateBecomesAnEditionEvenWhenTheTimelineIsOutOfOrder() {
        var doc = reader.read("radar.json", Fixtures.text("backstage/radar.json"), ImportOptions.on(Histories.OCT));
        assertThat(doc.radar().segments()).containsExactly("Platforms", "Tools");
        assertThat(doc.radar().rings()).containsExactly("ADOPT", "TRIAL", "HOLD");
        assertThat(doc.editions()).extracting(Edition::date)
                .containsExactly(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 1), LocalDate.of(2024, 6, 1));
        assertThat(doc.editions()).allMatch(Edition::isPublished);
        assertThat(doc.editions().get(0).blips()).extracting(Blip::key, Blip::ring).containsExactly(tuple("mlflow", "HOLD"));
        assertThat(doc.editions().get(1).blips()).extracting(Blip::key, Blip::ring)
                .containsExactly(tuple("mlflow", "TRIAL"), tuple("dvc", "TRIAL"));
        assertThat(doc.editions().get(2).blips()).extracting(Blip::key, Blip::ring, Blip::note)
                .containsExactly(tuple("mlflow", "ADOPT", "Now the default."), tuple("dvc", "TRIAL", null));
        assertThat(doc.editions().get(0).blips().get(0).note()).isEqualTo("Tracks **runs**.");
    }

    @Test
    void ringNamesAreMappedIntoATargetRadar() {
        var mapping = new Mapping(Map.of("platforms", "ML Platforms", "tools", "Specialized ML Tools"), Map.of(), Map.of());
        var doc = reader.read("radar.json", Fixtures.text("backstage/radar.json"),
                ImportOptions.on(Histories.OCT).withMapping(mapping).into(Histories.RADAR));
        assertThat(doc.history().timeline("mlflow")).extracting(t -> t.ring()).containsExactly("Hold", "Trial", "Adopt");
    }

    @Test
    void anUndeclaredRingIdIsAnErrorNamingLineAndField() {
        var problems = Problems.of(() -> reader.read("bad-ring.json", Fixtures.text("backstage/bad-ring.json"), ImportOptions.on(Histories.OCT)));
        assertThat(problems).singleElement().extracting(Problem::line, Problem::field).containsExactly(8, "entries[0].timeline[1].ringId");
        var lenient = reader.read("bad-ring.json", Fixtures.text("backstage/bad-ring.json"), ImportOptions.on(Histories.OCT).lenient(true));
        assertThat(lenient.editions()).singleElement().satisfies(e -> assertThat(e.blips()).extracting(Blip::key).containsExactly("ok"));
        assertThat(lenient.skipped()).hasSize(1);
    }

    @Test
    void anUnmappedQuadrantForATargetRadarIsAnErrorNamingTheLine() {
        var problems = Problems.of(() -> reader.read("radar.json", Fixtures.text("backstage/radar.json"),
                ImportOptions.on(Histories.OCT).into(Histories.RADAR)));
        assertThat(problems).extracting(Problem::line, Problem::field).contains(tuple(13, "entries[0].quadrant"));
        assertThat(problems.get(0).message()).contains("unknown segment 'Platforms'");
    }

    @Test
    void roundTripGivesTheSameHistory() {
        var history = Histories.withoutRemovals();
        String json = new BackstageWriter().write(history, null);
        assertThat(json).contains("\"moved\" : 1", "\"moved\" : -1");
        var doc = reader.read("radar.json", json, ImportOptions.on(Histories.OCT).into(Histories.RADAR));
        assertThat(doc.history()).isEqualTo(history);
        var fresh = reader.read("radar.json", json, ImportOptions.on(Histories.OCT));
        assertThat(fresh.radar().segments()).isEqualTo(Histories.RADAR.segments());
        assertThat(fresh.radar().rings()).isEqualTo(Histories.RADAR.rings());
        assertThat(fresh.editions()).isEqualTo(history.editions());
    }

    @Test
    void exportUpToADateLeavesLaterEditionsOut() {
        var history = Histories.withoutRemovals();
        var doc = reader.read("radar.json", new BackstageWriter().write(history, Histories.APR), ImportOptions.on(Histories.OCT).into(Histories.RADAR));
        assertThat(doc.editions()).extracting(Edition::date).containsExactly(Histories.JAN, Histories.APR);
    }
}
