package io.mlopsradar.drawing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Spreads the tools of a crowded quadrant over the quadrant's free space before drawing, so their labels can be
 * read at the default size. Within a quadrant holding more than {@link #CROWDED} tools, each axis is remapped by a
 * monotone function that moves every value part of the way toward its rank among the quadrant's tools: order
 * (left of, above) is kept, clusters open up, and category anchors move with their tools. Rings are not touched;
 * only where a tool is drawn changes.
 */
public final class CrowdSpread {
    /** More tools than this in one quadrant is a crowd. */
    static final int CROWDED = 60;
    /** How far toward the even spread each value moves (0 keeps, 1 spreads fully). */
    static final double SHARE = 0.65;
    private static final double MARGIN = 0.03;

    private CrowdSpread() {
    }

    /** The picture with its crowded quadrants spread; an uncrowded picture is returned as it is. */
    public static LandscapePicture spread(LandscapePicture p) {
        List<LandscapePoint> points = new ArrayList<>(p.points());
        List<CategoryArea> areas = new ArrayList<>(p.categories());
        boolean changed = false;
        for (int cell = 0; cell < 4; cell++) {
            int c = cell;
            List<LandscapePoint> inCell = points.stream().filter(t -> cellOf(t.x(), t.y()) == c).toList();
            if (inCell.size() <= CROWDED) continue;
            changed = true;
            double x0 = (c % 2) * 0.5;
            double y0 = (c / 2) * 0.5;
            Axis ax = new Axis(values(inCell, LandscapePoint::x), x0 + MARGIN, x0 + 0.5 - MARGIN);
            Axis ay = new Axis(values(inCell, LandscapePoint::y), y0 + MARGIN, y0 + 0.5 - MARGIN);
            points.replaceAll(t -> cellOf(t.x(), t.y()) != c ? t
                    : new LandscapePoint(t.id(), t.name(), ax.map(t.x()), ay.map(t.y()), t.ring(), t.category()));
            areas.replaceAll(a -> cellOf(a.anchorX(), a.anchorY()) != c ? a
                    : new CategoryArea(a.id(), a.name(), a.quadrantIndex(), ax.map(a.anchorX()), ay.map(a.anchorY())));
        }
        if (!changed) return p;
        return new LandscapePicture(p.title(), p.axes(), p.quadrantNames(), areas, p.ringField(), p.ringNames(), points,
                p.diagonals(), p.highlighted(), p.linkPattern());
    }

    /** 0..3: the half of each axis a point lies in (x half + 2 × y half). */
    static int cellOf(double x, double y) {
        return (x < 0.5 ? 0 : 1) + (y < 0.5 ? 0 : 2);
    }

    private static double[] values(List<LandscapePoint> points, ToDoubleFunction<LandscapePoint> f) {
        double[] v = points.stream().mapToDouble(f).toArray();
        Arrays.sort(v);
        return v;
    }

    /** A monotone map of one axis: part value, part evenly spaced rank between lo and hi. */
    private record Axis(double[] sorted, double lo, double hi) {
        double map(double v) {
            int n = sorted.length;
            double rank;
            if (v <= sorted[0]) rank = 0;
            else if (v >= sorted[n - 1]) rank = n - 1;
            else {
                int i = Arrays.binarySearch(sorted, v);
                if (i >= 0) {
                    int j = i;
                    while (j + 1 < n && sorted[j + 1] == v) j++;
                    while (i > 0 && sorted[i - 1] == v) i--;
                    rank = (i + j) / 2.0;
                } else {
                    int hiIdx = -i - 1;
                    double a = sorted[hiIdx - 1];
                    double b = sorted[hiIdx];
                    rank = hiIdx - 1 + (v - a) / (b - a);
                }
            }
            double even = lo + (rank + 0.5) / n * (hi - lo);
            double out = (1 - SHARE) * v + SHARE * even;
            return Math.max(lo, Math.min(hi, out));
        }
    }
}
