package io.mlopsradar.drawing;

import java.util.List;

/**
 * One invisible, tappable area per segment of a radar, each carrying its segment's name and the box (in picture
 * units) that frames the segment; the web page zooms into that box when a person taps a segment on a small screen.
 */
final class SegmentAreas {
    private static final double ROOM = 24;

    private SegmentAreas() {
    }

    /** Draws the areas inside the radar group, whose origin is the centre at (cx, cy) of the picture. */
    static void draw(Svg svg, RadarGeometry g, List<String> names, double cx, double cy) {
        double r = g.radius();
        for (int s = 0; s < g.segments(); s++) {
            String box = box(g, s, cx, cy);
            if (g.segments() == 1) {
                svg.empty("circle", "class", "segment-area", "data-segment", names.get(s), "data-box", box, "r", r,
                        "fill", "#ffffff", "fill-opacity", 0);
                continue;
            }
            Point from = RadarGeometry.polar(r, g.segmentStart(s));
            Point to = RadarGeometry.polar(r, g.segmentStart(s) + g.segmentSweep());
            String path = "M0 0L" + Svg.num(from.x()) + " " + Svg.num(from.y()) + "A" + Svg.num(r) + " " + Svg.num(r)
                    + " 0 " + (g.segmentSweep() > Math.PI ? 1 : 0) + " 1 " + Svg.num(to.x()) + " " + Svg.num(to.y()) + "Z";
            svg.empty("path", "class", "segment-area", "data-segment", names.get(s), "data-box", box, "d", path,
                    "fill", "#ffffff", "fill-opacity", 0);
        }
    }

    /** The bounding box of the segment's sector (centre, both ends of its arc, every axis it crosses), with room. */
    static String box(RadarGeometry g, int s, double cx, double cy) {
        double start = g.segmentStart(s);
        double end = start + g.segmentSweep();
        double minX = 0, maxX = 0, minY = 0, maxY = 0;
        for (int k = 0; k <= 8; k++) {
            double angle = k == 0 ? start : k == 1 ? end : (k - 2) * Math.PI / 2;
            if (angle < start - 1e-9 || angle > end + 1e-9) continue;
            Point p = RadarGeometry.polar(g.radius(), angle);
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minY = Math.min(minY, p.y());
            maxY = Math.max(maxY, p.y());
        }
        return Svg.num(cx + minX - ROOM) + " " + Svg.num(cy + minY - ROOM) + " " + Svg.num(maxX - minX + 2 * ROOM) + " "
                + Svg.num(maxY - minY + 2 * ROOM);
    }
}
