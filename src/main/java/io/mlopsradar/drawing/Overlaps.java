package io.mlopsradar.drawing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts pairs of points closer than a distance, using a grid so that thousands of points stay cheap. */
final class Overlaps {

    private static final double EPSILON = 1e-9;

    private Overlaps() {
    }

    static int count(Collection<Point> points, double minDistance) {
        Map<Long, List<Point>> grid = new HashMap<>();
        int overlaps = 0;
        for (Point p : points) {
            long cx = (long) Math.floor(p.x() / minDistance);
            long cy = (long) Math.floor(p.y() / minDistance);
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    for (Point q : grid.getOrDefault(key(cx + dx, cy + dy), List.of())) {
                        if (p.distanceTo(q) < minDistance - EPSILON) {
                            overlaps++;
                        }
                    }
                }
            }
            grid.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(p);
        }
        return overlaps;
    }

    private static long key(long x, long y) {
        return x * 1_000_003L + y;
    }
}
