package io.mlopsradar.drawing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Greedy label placement: each label tries eight positions around its dot, then positions further out joined to
 * the dot by a leader line; a label that finds no free place is still placed (with a leader) so no tool is hidden.
 */
final class LabelPlacer {

    /** A dot to label: id, centre, dot radius, label size and whether it goes first. */
    record Anchor(String id, double x, double y, double dotRadius, double labelWidth, double labelHeight,
                  boolean first) {

        Box dot() {
            return new Box(x - dotRadius, y - dotRadius, 2 * dotRadius, 2 * dotRadius);
        }
    }

    /** Where a label went, and whether it needs a leader line back to its dot. */
    record Placement(Box box, boolean leader) {
    }

    private static final double[] LEADER_DISTANCES = {16, 26, 38, 52, 70, 92, 118, 150, 190, 240, 300};
    private static final int LEADER_DIRECTIONS = 16;

    private final Box bounds;
    private final List<Box> taken = new ArrayList<>();

    LabelPlacer(Box bounds, List<Box> obstacles) {
        this.bounds = bounds;
        taken.addAll(obstacles);
    }

    Map<String, Placement> place(List<Anchor> anchors) {
        anchors.forEach(a -> taken.add(a.dot()));
        Map<String, Placement> placements = new HashMap<>();
        for (Anchor a : crowdedFirst(anchors)) {
            Placement p = firstFree(a);
            taken.add(p.box());
            placements.put(a.id(), p);
        }
        return placements;
    }

    private Placement firstFree(Anchor a) {
        for (Box box : around(a)) {
            if (free(box)) {
                return new Placement(box, false);
            }
        }
        Box fallback = null;
        for (double distance : LEADER_DISTANCES) {
            for (int k = 0; k < LEADER_DIRECTIONS; k++) {
                Box box = outward(a, distance, 2 * Math.PI * k / LEADER_DIRECTIONS);
                if (free(box)) {
                    return new Placement(box, true);
                }
                if (fallback == null && box.inside(bounds)) {
                    fallback = box;
                }
            }
        }
        return new Placement(fallback == null ? around(a).get(0) : fallback, true);
    }

    private boolean free(Box box) {
        if (!box.inside(bounds)) {
            return false;
        }
        for (Box other : taken) {
            if (box.intersects(other)) {
                return false;
            }
        }
        return true;
    }

    /** The eight classic positions: right, left, above, below, then the four corners. */
    private static List<Box> around(Anchor a) {
        double w = a.labelWidth();
        double h = a.labelHeight();
        double d = a.dotRadius() + 2;
        return List.of(
                new Box(a.x() + d, a.y() - h / 2, w, h),
                new Box(a.x() - d - w, a.y() - h / 2, w, h),
                new Box(a.x() - w / 2, a.y() - d - h, w, h),
                new Box(a.x() - w / 2, a.y() + d, w, h),
                new Box(a.x() + d * 0.7, a.y() - d * 0.7 - h, w, h),
                new Box(a.x() + d * 0.7, a.y() + d * 0.7, w, h),
                new Box(a.x() - d * 0.7 - w, a.y() - d * 0.7 - h, w, h),
                new Box(a.x() - d * 0.7 - w, a.y() + d * 0.7, w, h));
    }

    private static Box outward(Anchor a, double distance, double angle) {
        double px = a.x() + distance * Math.cos(angle);
        double py = a.y() + distance * Math.sin(angle);
        double left = Math.cos(angle) >= 0 ? px : px - a.labelWidth();
        return new Box(left, py - a.labelHeight() / 2, a.labelWidth(), a.labelHeight());
    }

    /** Labels in crowded spots choose first, while there is still room near them. */
    private static List<Anchor> crowdedFirst(List<Anchor> anchors) {
        Map<String, Integer> neighbours = new HashMap<>();
        for (Anchor a : anchors) {
            int n = 0;
            for (Anchor b : anchors) {
                if (a != b && Math.hypot(a.x() - b.x(), a.y() - b.y()) < 60) {
                    n++;
                }
            }
            neighbours.put(a.id(), n);
        }
        List<Anchor> ordered = new ArrayList<>(anchors);
        ordered.sort(Comparator.comparing((Anchor a) -> !a.first())
                .thenComparing(a -> -neighbours.get(a.id()))
                .thenComparing(Anchor::id));
        return ordered;
    }
}
