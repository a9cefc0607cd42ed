package io.mlopsradar.formats.own;

import io.mlopsradar.landscape.Framework;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Histories;
import io.mlopsradar.formats.Fixtures;
import io.mlopsradar.formats.ImportOptions;
import io.mlopsradar.formats.Mapping;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Problem;
import org.junit.jupiter.api.Test;

class OwnYamlTest {
    private final OwnYamlReader reader = new OwnYamlReader();
    private final OwnYamlWriter writer = new OwnYamlWriter();

    @Test
    void exportThenImportGivesBackTheSameHistoryWithDraftsAndNotes() {
        var history = Histories.fiveEditions();
        String yaml = writer.write(history, null);
        var read = reader.read("radar.yaml", yaml, ImportOptions.on(Histories.OCT));
        assertThat(read.history()).isEqualTo(history);
        assertThat(read.skipped()).isEmpty();
    }

    @Test
    void exportUpToADateLeavesLaterEditionsOut() {
        var read = reader.read("radar.yaml", writer.write(Histories.fiveEditions(), Histories.APR), ImportOptions.on(Histories.OCT));
        assertThat(read.editions()).hasSize(2);
    }

    @Test
    void aRingTheRadarLacksIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> reader.read("unknown-ring.yaml", Fixtures.text("own/unknown-ring.yaml"), ImportOptions.on(Histories.OCT)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement()
                        .extracting(Problem::line, Problem::field).containsExactly(14, "editions[0].blips[1].ring"));
    }

    @Test
    void leniently_theBadBlipIsSkippedAndListed() {
        var read = reader.read("unknown-ring.yaml", Fixtures.text("own/unknown-ring.yaml"), ImportOptions.on(Histories.OCT).lenient(true));
        assertThat(read.edition().blips()).extracting(Blip::name).containsExactly("MLflow");
        assertThat(read.skipped()).extracting(Problem::line).containsExactly(14);
    }

    @Test
    void aMappingRenamesIntoATargetRadar() {
        var mapping = Mapping.read("mapping.yaml", Fixtures.text("own/mapping.yaml"), Framework.bundled());
        var read = reader.read("unknown-ring.yaml", Fixtures.text("own/unknown-ring.yaml"),
                ImportOptions.on(Histories.OCT).withMapping(mapping).into(Histories.RADAR));
        assertThat(read.radar()).isEqualTo(Histories.RADAR);
        assertThat(read.edition().blips()).extracting(Blip::ring, Blip::segment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Adopt", "ML Platforms"),
                        org.assertj.core.groups.Tuple.tuple("Assess", "Specialized ML Tools"));
    }

    @Test
    void brokenYamlNamesTheLine() {
        assertThatThrownBy(() -> reader.read("bad.yaml", "radar:\n  name: [unclosed\n", ImportOptions.on(Histories.OCT)))
                .hasMessageStartingWith("bad.yaml:3");
    }
}
