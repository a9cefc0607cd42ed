package io.mlopsradar.drawing;

/**
 * The shape of a radar: segments (1..8) around, rings (1..6) outwards, the outer radius, the preferred and the
 * smallest legible blip radius, and how far the radius may grow (a factor, at least 1) when cells are too full.
 *
 * <p>Ring boundaries lie halfway between equal-width and equal-area rings: boundary k (of n) sits at
 * {@code radius * (k/n + sqrt(k/n)) / 2}. Equal width starves the inner ring of area, equal area makes the outer
 * rings thin slivers; the mean keeps the inner ("Adopt") ring widest and every ring roomy enough to read.
 * Segment 0 starts at twelve o'clock; segments follow clockwise.
 */
public record RadarGeometry(int segments, int rings, double radius, double blipRadius, double minBlipRadius,
                            double maxGrowth) {

    public RadarGeometry {
        require(segments >= 1 && segments <= 8, "segments must be 1..8, was " + segments);
        require(rings >= 1 && rings <= 6, "rings must be 1..6, was " + rings);
        require(radius > 0, "radius must be positive");
        require(minBlipRadius > 0 && minBlipRadius <= blipRadius, "need 0 < minBlipRadius <= blipRadius");
        require(maxGrowth >= 1, "maxGrowth must be at least 1");
    }

    /** A readable default: radius 400, blips of radius 10 (never below 6), growing up to five times. */
    public static RadarGeometry standard(int segments, int rings) {
        return new RadarGeometry(segments, rings, 400, 10, 6, 5);
    }

    /** The same geometry with another radius and blip radius. */
    public RadarGeometry with(double newRadius, double newBlipRadius) {
        return new RadarGeometry(segments, rings, newRadius, newBlipRadius, Math.min(minBlipRadius, newBlipRadius),
                maxGrowth);
    }

    /** Inner radius of a ring (0 for the innermost). */
    public double ringInner(int ring) {
        return boundary(ring);
    }

    /** Outer radius of a ring. */
    public double ringOuter(int ring) {
        return boundary(ring + 1);
    }

    /** Start angle of a segment in radians, clockwise from twelve o'clock. */
    public double segmentStart(int segment) {
        return segment * segmentSweep();
    }

    /** Angle covered by one segment, in radians. */
    public double segmentSweep() {
        return 2 * Math.PI / segments;
    }

    /** Minimum free space between two blips. */
    public double gap() {
        return Math.max(1, 0.25 * blipRadius);
    }

    /** Minimum free space between a blip and a ring circle or segment line. */
    public double padding() {
        return gap();
    }

    /**
     * Half the width and height of the box kept free for a ring's name, centred on the twelve o'clock axis in the
     * middle of the ring; blips are never placed there, so ring names stay readable.
     */
    public static final double RING_LABEL_HALF_WIDTH = 34;
    public static final double RING_LABEL_HALF_HEIGHT = 8;

    /** Centre of the box kept free for a ring's name. */
    public Point ringLabelCentre(int ring) {
        return new Point(0, -(ringInner(ring) + ringOuter(ring)) / 2);
    }

    /** The point at a polar position (angle clockwise from twelve o'clock). */
    public static Point polar(double rho, double angle) {
        return new Point(rho * Math.sin(angle), -rho * Math.cos(angle));
    }

    /** The angle of a point, clockwise from twelve o'clock, in [0, 2 pi). */
    public static double angleOf(Point p) {
        double a = Math.atan2(p.x(), -p.y());
        return a < 0 ? a + 2 * Math.PI : a;
    }

    private double boundary(int k) {
        double f = (double) k / rings;
        return radius * (f + Math.sqrt(f)) / 2;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
