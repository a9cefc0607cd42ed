package io.mlopsradar.drawing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures the blip layout on a made-up radar of 4 segments and 4 rings: overlaps, how many existing blips move
 * when one blip is added, and the median layout time.
 */
public final class LayoutBenchmark {

    private static final int SEGMENTS = 4;
    private static final int RINGS = 4;
    private static final int RUNS = 5;

    private LayoutBenchmark() {
    }

    /** The outcome of one benchmark run. */
    public record Result(int blips, int segments, int rings, int overlaps, int movedOnInsert, double millis,
                         Adjustment.Kind adjustment, String adjustmentSentence) {

        /** One JSON object with the fields above. */
        public String toJson() {
            return String.format(Locale.ROOT, "{\"blips\":%d,\"segments\":%d,\"rings\":%d,\"overlaps\":%d,"
                            + "\"movedOnInsert\":%d,\"millis\":%.1f,\"adjustment\":\"%s\"}",
                    blips, segments, rings, overlaps, movedOnInsert, millis, adjustment);
        }

        /** One Markdown table row; see {@link #tableHeader()}. */
        public String toTable() {
            return String.format(Locale.ROOT, "| %,d | %d x %d | %d | %d | %.1f | %s |",
                    blips, segments, rings, overlaps, movedOnInsert, millis, adjustmentSentence);
        }

        /** The Markdown table header matching {@link #toTable()}. */
        public static String tableHeader() {
            return "| blips | segments x rings | overlaps | moved on insert | millis (median) | adjustment |\n"
                    + "|---:|---|---:|---:|---:|---|";
        }
    }

    /** Lays out {@code blips} random blips (reproducible from the seed) and measures the layout. */
    public static Result run(int blips, long seed) {
        Random random = new Random(seed);
        List<Blip> radar = new ArrayList<>();
        for (int i = 0; i < blips; i++) {
            radar.add(randomBlip(random));
        }
        RadarGeometry geometry = RadarGeometry.standard(SEGMENTS, RINGS);
        Layout layout = BlipLayout.layout(radar, geometry);
        double millis = medianMillis(radar, geometry);
        List<Blip> plusOne = new ArrayList<>(radar);
        plusOne.add(randomBlip(random));
        Layout after = BlipLayout.layout(plusOne, geometry);
        int moved = (int) radar.stream()
                .filter(b -> !layout.positionOf(b.id()).equals(after.positionOf(b.id())))
                .count();
        return new Result(blips, SEGMENTS, RINGS, layout.overlaps(), moved, millis, layout.adjustment().kind(),
                layout.adjustment().sentence());
    }

    private static Blip randomBlip(Random random) {
        return new Blip("tool-" + Long.toHexString(random.nextLong()), random.nextInt(SEGMENTS),
                random.nextInt(RINGS));
    }

    private static double medianMillis(List<Blip> blips, RadarGeometry geometry) {
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            BlipLayout.layout(blips, geometry);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }
}
