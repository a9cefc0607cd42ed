package io.mlopsradar.landscape;

import io.mlopsradar.input.Fields;
import io.mlopsradar.input.Node;
import io.mlopsradar.input.Problem;
import java.util.ArrayList;
import java.util.List;

/** Reads the ring regions of a framework file: one boundary per ring after the first, nested and monotone. */
final class RingRegionsReader {
    private RingRegionsReader() {
    }

    static List<RingBoundary> read(Fields top, List<Fields> entries, List<Ring> rings, List<Problem> problems) {
        var out = new ArrayList<RingBoundary>();
        for (int i = 0; i < entries.size(); i++) {
            Fields f = entries.get(i);
            f.onlyKeys(List.of("starts", "points"));
            String starts = f.required("starts");
            int expected = i + 1;
            if (starts != null && (expected >= rings.size() || !rings.get(expected).id().equals(starts))) {
                f.problem("starts", "boundaries must follow the ring order; expected the boundary where '"
                        + (expected < rings.size() ? rings.get(expected).id() : "?") + "' starts");
            }
            List<double[]> points = points(f);
            out.add(new RingBoundary(starts, points));
        }
        if (!rings.isEmpty() && entries.size() != rings.size() - 1) {
            top.problem("ring_regions", "needs one boundary per ring after the first (" + (rings.size() - 1) + ")");
        }
        for (int i = 1; i < out.size() && problems.isEmpty(); i++) {
            for (double y = 0; y <= 1.0; y += 0.01) {
                if (out.get(i).xAt(y) < out.get(i - 1).xAt(y)) {
                    entries.get(i).problem("points", "crosses the boundary before it near y=" + Math.round(y * 100) / 100.0);
                    break;
                }
            }
        }
        return out;
    }

    private static List<double[]> points(Fields f) {
        var out = new ArrayList<double[]>();
        Node list = f.node().get("points");
        if (list == null || !list.isSequence() || list.items().isEmpty()) {
            f.problem("points", "list at least one point [y, x]");
            return List.of(new double[] {0, 1.5});
        }
        for (Node p : list.items()) {
            List<String> pair = p.texts();
            try {
                if (pair.size() != 2) throw new NumberFormatException();
                double[] point = {Double.parseDouble(pair.get(0)), Double.parseDouble(pair.get(1))};
                if (!out.isEmpty()) {
                    double[] prev = out.get(out.size() - 1);
                    if (point[0] <= prev[0]) f.problem("points", "y values must increase");
                    if (point[1] > prev[1]) f.problem("points", "x must not grow with y, or the regions would not be monotone");
                }
                out.add(point);
            } catch (NumberFormatException e) {
                f.problem("points", "each point must be [y, x] with two numbers");
            }
        }
        return out.isEmpty() ? List.of(new double[] {0, 1.5}) : out;
    }
}
