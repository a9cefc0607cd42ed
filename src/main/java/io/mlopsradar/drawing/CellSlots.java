package io.mlopsradar.drawing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The fixed, ordered candidate positions of one cell: points of a jittered hexagonal lattice that lie inside the
 * cell with a margin. They depend only on the cell and the blip size, never on which blips are placed, which is
 * what keeps a layout stable from one edition to the next.
 */
final class CellSlots {

    /** Largest jitter as a share of the minimum centre distance; the lattice is widened to absorb it. */
    private static final double JITTER = 0.15;

    private CellSlots() {
    }

    static List<Point> of(Cell cell) {
        RadarGeometry g = cell.geometry();
        double minDistance = 2 * g.blipRadius() + g.gap();
        double jitter = JITTER * minDistance;
        double dx = minDistance + 2 * jitter;
        double dy = dx * Math.sqrt(3) / 2;
        double clearance = g.blipRadius() + g.padding();
        double[] box = cell.bounds();
        List<Slot> slots = new ArrayList<>();
        for (long j = (long) Math.floor(box[1] / dy) - 1; j <= (long) Math.ceil(box[3] / dy) + 1; j++) {
            double shift = (j & 1) == 0 ? 0 : dx / 2;
            for (long i = (long) Math.floor(box[0] / dx) - 1; i <= (long) Math.ceil(box[2] / dx) + 1; i++) {
                Point p = jittered(i * dx + shift, j * dy, i, j, jitter);
                if (cell.holds(p, clearance)) {
                    slots.add(new Slot(i, j, p));
                }
            }
        }
        // Rows in alternating direction, so the next slot in the list is always a neighbour on the picture.
        slots.sort(Comparator.comparingLong(Slot::j).thenComparingLong(s -> (s.j() & 1) == 0 ? s.i() : -s.i()));
        return slots.stream().map(Slot::point).toList();
    }

    private static Point jittered(double x, double y, long i, long j, double jitter) {
        long seed = StableHash.mix(i * 0x9E3779B97F4A7C15L + j);
        double angle = 2 * Math.PI * StableHash.unit(seed);
        double length = jitter * Math.sqrt(StableHash.unit(seed + 1));
        return new Point(x + length * Math.cos(angle), y + length * Math.sin(angle));
    }

    private record Slot(long i, long j, Point point) {
    }
}
