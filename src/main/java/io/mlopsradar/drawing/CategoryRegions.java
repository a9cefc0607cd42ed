package io.mlopsradar.drawing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Outlines each category's region on the landscape: the convex hull of its tools and its anchor, widened by a
 * margin and drawn as a faint rounded outline, so a reader sees where a category lives without a legend.
 */
final class CategoryRegions {
    private static final double MARGIN = 14;

    private CategoryRegions() {
    }

    static void draw(Svg svg, Box plot, List<CategoryArea> categories, List<LandscapePoint> points) {
        svg.open("defs");
        svg.open("clipPath", "id", "plot-area");
        svg.empty("rect", "x", plot.x(), "y", plot.y(), "width", plot.width(), "height", plot.height());
        svg.close().close();
        svg.open("g", "class", "category-regions", "clip-path", "url(#plot-area)", "fill", "#52606d", "fill-opacity", 0.035, "stroke", "#52606d",
                "stroke-opacity", 0.35, "stroke-width", 1, "stroke-dasharray", "3 3", "stroke-linejoin", "round");
        for (CategoryArea c : categories) {
            List<Point> members = new ArrayList<>();
            members.add(new Point(plot.atX(c.anchorX()), plot.atY(c.anchorY())));
            for (LandscapePoint p : points) {
                if (c.name().equals(p.category())) members.add(new Point(plot.atX(p.x()), plot.atY(p.y())));
            }
            if (members.size() < 3) continue;
            svg.empty("path", "d", outline(hull(members)), "data-category", c.id());
        }
        svg.close();
    }

    /** Andrew's monotone chain: the hull's corners, anticlockwise on screen. */
    static List<Point> hull(List<Point> points) {
        List<Point> sorted = points.stream().distinct()
                .sorted(Comparator.comparingDouble(Point::x).thenComparingDouble(Point::y)).toList();
        if (sorted.size() < 3) return sorted;
        List<Point> backwards = new ArrayList<>(sorted);
        java.util.Collections.reverse(backwards);
        List<Point> hull = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int start = hull.size();
            for (Point p : pass == 0 ? sorted : backwards) {
                while (hull.size() >= start + 2 && cross(hull.get(hull.size() - 2), hull.get(hull.size() - 1), p) <= 0) {
                    hull.remove(hull.size() - 1);
                }
                hull.add(p);
            }
            hull.remove(hull.size() - 1);
        }
        return hull;
    }

    private static double cross(Point o, Point a, Point b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    }

    /** The hull pushed out from its centre by the margin, closed. */
    private static String outline(List<Point> hull) {
        double cx = hull.stream().mapToDouble(Point::x).average().orElse(0);
        double cy = hull.stream().mapToDouble(Point::y).average().orElse(0);
        var d = new StringBuilder();
        for (int i = 0; i < hull.size(); i++) {
            Point p = hull.get(i);
            double dx = p.x() - cx, dy = p.y() - cy, len = Math.max(1e-9, Math.hypot(dx, dy));
            d.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%s,%s ",
                    Svg.num(p.x() + dx / len * MARGIN), Svg.num(p.y() + dy / len * MARGIN)));
        }
        return d.append('Z').toString();
    }
}
