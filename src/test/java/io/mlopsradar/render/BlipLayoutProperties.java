package io.mlopsradar.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BlipLayoutProperties {

    record Radar(RadarGeometry geometry, List<Blip> blips, long seed) {
    }

    @Property(tries = 60)
    void noTwoBlipsOverlap(@ForAll("radars") Radar radar) {
        Layout layout = BlipLayout.layout(radar.blips(), radar.geometry());

        assertThat(layout.overlaps()).isZero();
        assertThat(layout.positions()).hasSize(radar.blips().size());
    }

    @Property(tries = 60)
    void everyBlipStaysInsideItsCellWithMargin(@ForAll("radars") Radar radar) {
        Layout layout = BlipLayout.layout(radar.blips(), radar.geometry());
        RadarGeometry used = layout.geometry();

        for (Blip blip : radar.blips()) {
            Cell cell = new Cell(blip.segment(), blip.ring(), used);
            assertThat(cell.holds(layout.positionOf(blip.id()), used.blipRadius() + used.padding()))
                    .as("blip %s in segment %d ring %d", blip.id(), blip.segment(), blip.ring())
                    .isTrue();
        }
    }

    @Property(tries = 40)
    void permutingTheInputGivesTheSameLayout(@ForAll("radars") Radar radar) {
        List<Blip> shuffled = new ArrayList<>(radar.blips());
        Collections.shuffle(shuffled, new Random(radar.seed()));

        assertThat(BlipLayout.layout(shuffled, radar.geometry()))
                .isEqualTo(BlipLayout.layout(radar.blips(), radar.geometry()));
    }

    @Property(tries = 60)
    void insertingOneBlipNeverMovesBlipsInOtherCells(@ForAll("radars") Radar radar) {
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

    @Provide
    Arbitrary<Radar> radars() {
        Arbitrary<Integer> segments = Arbitraries.integers().between(1, 8);
        Arbitrary<Integer> rings = Arbitraries.integers().between(1, 6);
        Arbitrary<Integer> count = Arbitraries.integers().between(0, 300);
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(segments, rings, count, seed).as(BlipLayoutProperties::radar);
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
