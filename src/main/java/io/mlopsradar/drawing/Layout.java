package io.mlopsradar.drawing;

import java.util.Map;

/** The result of a blip layout: a position per blip id, the geometry actually used and what was adjusted. */
public record Layout(Map<String, Point> positions, RadarGeometry geometry, Adjustment adjustment) {

    public Layout {
        positions = Map.copyOf(positions);
    }

    /** Position of one blip. */
    public Point positionOf(String id) {
        Point p = positions.get(id);
        if (p == null) {
            throw new IllegalArgumentException("no blip with id " + id);
        }
        return p;
    }

    /** Number of blip pairs whose centres are closer than two blip radii plus the gap (always 0 for a valid layout). */
    public int overlaps() {
        return Overlaps.count(positions.values(), 2 * geometry.blipRadius() + geometry.gap());
    }
}
