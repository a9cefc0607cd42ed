package io.mlopsradar.drawing;

/** A position in picture units, relative to the radar centre (y grows downwards, as in SVG). */
public record Point(double x, double y) {

    /** Euclidean distance to another point. */
    public double distanceTo(Point other) {
        return Math.hypot(x - other.x, y - other.y);
    }

    /** Distance from the radar centre. */
    public double radius() {
        return Math.hypot(x, y);
    }
}
