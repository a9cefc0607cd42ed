package io.mlopsradar.drawing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BlipLayoutTest {

    private static List<Blip> blipsInOneCell(int count, int segment, int ring) {
        return IntStream.range(0, count).mapToObj(i -> new Blip("tool-" + i, segment, ring)).toList();
    }

    @Test
    void aFewBlipsFitWithoutAdjustment() {
        Layout layout = BlipLayout.layout(blipsInOneCell(5, 0, 0), RadarGeometry.standard(4, 4));

        assertThat(layout.adjustment().kind()).isEqualTo(Adjustment.Kind.NONE);
        assertThat(layout.geometry()).isEqualTo(RadarGeometry.standard(4, 4));
        assertThat(layout.positions()).hasSize(5);
    }

    @Test
    void aCrowdedCellFirstShrinksTheBlips() {
        RadarGeometry asked = RadarGeometry.standard(4, 4);
        int capacity = CellSlots.of(new Cell(1, 1, asked)).size();

        Layout layout = BlipLayout.layout(blipsInOneCell(capacity + 3, 1, 1), asked);

        assertThat(layout.adjustment().kind()).isEqualTo(Adjustment.Kind.SHRANK_BLIPS);
        assertThat(layout.geometry().blipRadius()).isLessThan(asked.blipRadius());
        assertThat(layout.geometry().radius()).isEqualTo(asked.radius());
        assertThat(layout.adjustment().sentence()).contains("shrank blips");
    }

    @Test
    void aVeryCrowdedCellGrowsTheRadarAfterShrinkingTheBlips() {
        Layout layout = BlipLayout.layout(blipsInOneCell(400, 0, 0), RadarGeometry.standard(4, 4));

        assertThat(layout.adjustment().kind()).isEqualTo(Adjustment.Kind.SHRANK_BLIPS_AND_GREW_RADAR);
        assertThat(layout.geometry().blipRadius()).isEqualTo(6);
        assertThat(layout.geometry().radius()).isGreaterThan(400);
        assertThat(layout.overlaps()).isZero();
    }

    @Test
    void anOverfullCellFailsNamingSegmentRingAndCount() {
        RadarGeometry small = new RadarGeometry(4, 4, 200, 10, 8, 1.2);

        assertThatThrownBy(() -> BlipLayout.layout(blipsInOneCell(500, 2, 3), small))
                .isInstanceOf(LayoutOverflowException.class)
                .hasMessageContaining("Segment 2, ring 3 holds 500 blips");
    }

    @Test
    void blipsOutsideTheRadarAreRejected() {
        assertThatThrownBy(() -> BlipLayout.layout(List.of(new Blip("x", 4, 0)), RadarGeometry.standard(4, 4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("segment 4");
    }

    @Test
    void duplicateIdsAreRejected() {
        List<Blip> twice = List.of(new Blip("x", 0, 0), new Blip("x", 1, 1));

        assertThatThrownBy(() -> BlipLayout.layout(twice, RadarGeometry.standard(4, 4)))
                .hasMessageContaining("x appears twice");
    }

    @Test
    void removingABlipMovesFewBlipsInItsOwnCell() {
        List<Blip> blips = new ArrayList<>(blipsInOneCell(30, 2, 2));
        Layout before = BlipLayout.layout(blips, RadarGeometry.standard(4, 4));
        blips.remove(7);

        Layout after = BlipLayout.layout(blips, RadarGeometry.standard(4, 4));

        long moved = blips.stream().filter(b -> !before.positionOf(b.id()).equals(after.positionOf(b.id()))).count();
        assertThat(moved).isLessThanOrEqualTo(3);
    }

    @Test
    void oneSegmentAndOneRingUseTheWholeDisc() {
        Layout layout = BlipLayout.layout(blipsInOneCell(200, 0, 0), new RadarGeometry(1, 1, 300, 8, 6, 1));

        assertThat(layout.overlaps()).isZero();
        assertThat(layout.positions().values()).allMatch(p -> p.radius() <= 300 - 8);
    }

    @Test
    void innerRingsAreWiderThanOuterRings() {
        RadarGeometry g = RadarGeometry.standard(4, 4);

        assertThat(g.ringOuter(0) - g.ringInner(0)).isGreaterThan(g.ringOuter(3) - g.ringInner(3));
        assertThat(g.ringOuter(3)).isEqualTo(400);
    }

    @Test
    void benchmarkReportsNoOverlapsAndFewMoves() {
        LayoutBenchmark.Result result = LayoutBenchmark.run(400, 42);

        assertThat(result.overlaps()).isZero();
        assertThat(result.movedOnInsert()).isLessThan(20);
        assertThat(result.toJson()).contains("\"blips\":400");
        assertThat(result.toTable()).startsWith("| 400 |");
    }
}
