package io.mlopsradar.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the blip layout, checked on radars drawn from a fixed seed plus the edge cases. */
class BlipLayoutPropertiesTest {

    record Radar(RadarGeometry geometry, List<Blip> blips, long seed) {
        @Override
        public String toString() {
            return geometry.segments() + " segments, " + geometry.rings() + " rings, " + blips.size() + " blips, seed " + seed;
        }
    }

    @ParameterizedTest
    @MethodSource("radars")
    void noTwoBlipsOverlap(Radar radar) {
        Layout layout = BlipLayout.layout(radar.blips(), radar.geometry());

        assertThat(layout.overlaps()).isZero();
        assertThat(layout.positions()).hasSize(radar.blips().size());
    }

    @ParameterizedTest
    @MethodSource("radars")
    void everyBlipStaysInsideItsCellWithMargin(Radar radar) {
        Layout layout = BlipLayout.layout(radar.blips(), radar.geometry());
        RadarGeometry used = layout.geometry();

        for (Blip blip : radar.blips()) {
            Cell cell = new Cell(blip.segment(), blip.ring(), used);
            assertThat(cell.holds(layout.positionOf(blip.id()), used.blipRadius() + used.padding()))
                    .as("blip %s in segment %d ring %d", blip.id(), blip.segment(), blip.ring())
                    .isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("radars")
    void permutingTheInputGivesTheSameLayout(Radar radar) {
        List<Blip> shuffled = new ArrayList<>(radar.blips());
        Collections.shuffle(shuffled, new Random(radar.seed()));

        assertThat(BlipLayout.layout(shuffled, radar.geometry()))
                .isEqualTo(BlipLayout.layout(radar.blips(), radar.geometry()));
    }

    @ParameterizedTest
    @MethodSource("radars")
    void insertingOneBlipNeverMovesBlipsInOtherCells(Radar radar) {
        Random random = new Random(radar.seed());
        Blip added = new Blip("added-" + random.nextInt(1_000_000), random.nextInt(radar.geometry().segments()),
                random.nextInt(radar.geometry().rings()));
        List<Blip> plusOne = new ArrayList<>(radar.blips());
        plusOne.add(added);

        Layout before = BlipLayout.layout(radar.blips(), radar.geometry());
        Layout after = BlipLayout.layout(plusOne, radar.geometry());

        if (before.geometry().equals(after.geometry())) {
            radar.blips().stream()
                    .filter(b -> b.segment() != added.segment() || b.ring() != added.ring())
                    .forEach(b -> assertThat(after.positionOf(b.id())).isEqualTo(before.positionOf(b.id())));
        }
    }

    /** 60 radars from a fixed seed (1-8 segments, 1-6 rings, 0-300 blips), then the smallest and largest. */
    static Stream<Radar> radars() {
        Random random = new Random(20_261_128L);
        Stream<Radar> drawn = Stream.generate(() -> radar(1 + random.nextInt(8), 1 + random.nextInt(6),
                random.nextInt(301), random.nextLong())).limit(60);
        Stream<Radar> edges = Stream.of(radar(1, 1, 0, 1), radar(1, 1, 40, 2), radar(8, 6, 300, 3), radar(8, 1, 300, 4),
                radar(1, 6, 300, 5));
        return Stream.concat(drawn, edges);
    }

    private static Radar radar(int segments, int rings, int count, long seed) {
        Random random = new Random(seed);
        List<Blip> blips = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            blips.add(new Blip(i + "-" + Long.toString(random.nextLong(), 36), random.nextInt(segments),
                    random.nextInt(rings)));
        }
        return new Radar(RadarGeometry.standard(segments, rings), blips, seed);
    }
}
