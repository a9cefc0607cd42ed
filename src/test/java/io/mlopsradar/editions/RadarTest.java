package io.mlopsradar.editions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RadarTest {

    @Test
    void ringsAreFoundIgnoringCaseInnermostFirst() {
        var radar = Histories.RADAR;
        assertThat(radar.ringIndex("adopt")).isZero();
        assertThat(radar.ringIndex("HOLD")).isEqualTo(3);
        assertThat(radar.hasSegment("ml platforms")).isTrue();
        assertThat(radar.ringIndex("nope")).isEqualTo(-1);
    }

    @Test
    void segmentAndRingCountsAreLimited() {
        assertThatThrownBy(() -> new Radar("r", "R", Collections.nCopies(9, "x"), List.of("a")))
                .hasMessageContaining("at most 8 segments");
        assertThatThrownBy(() -> new Radar("r", "R", List.of("s"), List.of("1", "2", "3", "4", "5", "6", "7")))
                .hasMessageContaining("at most 6 rings");
        assertThatThrownBy(() -> new Radar("r", "R", List.of(), List.of("a"))).hasMessageContaining("at least one segment");
    }

    @Test
    void namesMustBeUniqueIgnoringCase() {
        assertThatThrownBy(() -> new Radar("r", "R", List.of("Tools", "tools"), List.of("a")))
                .hasMessageContaining("segment 'tools' appears twice");
    }

    @Test
    void slugsAreLowercaseWithDashes() {
        assertThat(BlipKeys.slug("Weights & Biases")).isEqualTo("weights-biases");
        assertThat(BlipKeys.slug("  Café ML.net ")).isEqualTo("cafe-ml-net");
        assertThat(BlipKeys.slug("D3 (Data-Driven Documents)")).isEqualTo("d3-data-driven-documents");
    }
}
