package io.mlopsradar.landscape;

import java.util.List;

/**
 * The line where a ring begins: x = f(y), piecewise linear through points (y, x).
 * Points at or right of the line are in this ring or a more cautious one.
 */
public record RingBoundary(String starts, List<double[]> points) {

    /** The x of the line at height y (constant beyond the first and last points). */
    public double xAt(double y) {
        double[] first = points.get(0);
        if (y <= first[0]) return first[1];
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            if (y <= b[0]) {
                double t = (y - a[0]) / (b[0] - a[0]);
                return a[1] + t * (b[1] - a[1]);
            }
        }
        return points.get(points.size() - 1)[1];
    }
}
