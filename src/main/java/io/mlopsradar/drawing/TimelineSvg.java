package io.mlopsradar.drawing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Draws one tool across editions: time runs left to right, rings are horizontal lanes (innermost on top), a step
 * line joins the editions, and editions where the tool was off the radar show as gaps with a hollow marker.
 */
public final class TimelineSvg {

    private static final double LEFT = 130;
    private static final double TOP = 70;
    private static final double LANE = 48;
    private static final double PLOT_WIDTH = 820;

    private TimelineSvg() {
    }

    /** Renders the picture. */
    public static String render(TimelinePicture picture) {
        List<TimelinePoint> points = picture.points();
        int lanes = picture.rings().size() + 1;
        double height = TOP + lanes * LANE + 90;
        Svg svg = new Svg(LEFT + PLOT_WIDTH + 130, height, picture.title(), description(picture));
        svg.text("text", picture.title(), "x", 24, "y", 40, "font-size", 22, "font-weight", "bold", "fill", "#1f2933");
        lanes(svg, picture.rings());
        if (!points.isEmpty()) {
            Scale scale = new Scale(points.get(0).date(), points.get(points.size() - 1).date());
            steps(svg, points, scale, picture.rings().size());
            marks(svg, points, scale, picture.rings());
        }
        return svg.finish();
    }

    private static String description(TimelinePicture p) {
        StringBuilder b = new StringBuilder("Ring of the tool in each edition:");
        for (TimelinePoint point : p.points()) {
            b.append(' ').append(point.date()).append(' ')
                    .append(point.ring() == null ? "not on the radar" : p.rings().get(point.ring())).append(';');
        }
        return b.toString();
    }

    /** Maps dates to x; a single edition sits in the middle. */
    private record Scale(LocalDate first, LocalDate last) {
        double x(LocalDate date) {
            long span = ChronoUnit.DAYS.between(first, last);
            return span == 0 ? LEFT + PLOT_WIDTH / 2 : LEFT + PLOT_WIDTH * ChronoUnit.DAYS.between(first, date) / span;
        }
    }

    private static double laneY(Integer ring, int rings) {
        return TOP + (ring == null ? rings : ring) * LANE + LANE / 2;
    }

    private static void lanes(Svg svg, List<String> rings) {
        svg.open("g", "class", "lanes", "font-size", 13, "fill", "#323f4b");
        for (int r = 0; r <= rings.size(); r++) {
            boolean off = r == rings.size();
            svg.empty("rect", "x", LEFT - 20, "y", TOP + r * LANE, "width", PLOT_WIDTH + 40, "height", LANE,
                    "fill", off ? "#f8f9fa" : RingColours.tint(r), "fill-opacity", off ? 1 : 0.6);
            svg.text("text", off ? "not on radar" : rings.get(r), "x", LEFT - 28, "y", TOP + r * LANE + LANE / 2 + 5,
                    "text-anchor", "end", "font-weight", off ? null : "bold", "font-style", off ? "italic" : null);
        }
        svg.close();
    }

    private static void steps(Svg svg, List<TimelinePoint> points, Scale scale, int rings) {
        svg.open("g", "class", "steps", "fill", "none", "stroke-width", 3, "stroke-linejoin", "round");
        for (int i = 0; i + 1 < points.size(); i++) {
            TimelinePoint a = points.get(i);
            TimelinePoint b = points.get(i + 1);
            double x1 = scale.x(a.date());
            double x2 = scale.x(b.date());
            double y1 = laneY(a.ring(), rings);
            double y2 = laneY(b.ring(), rings);
            boolean gap = a.ring() == null || b.ring() == null;
            String path = "M" + Svg.num(x1) + "," + Svg.num(y1) + " H" + Svg.num(x2) + " V" + Svg.num(y2);
            svg.empty("path", "d", path, "stroke", gap ? "#9aa5b1" : "#334e68",
                    "stroke-dasharray", gap ? "4 5" : null, "class", gap ? "gap" : "step");
        }
        svg.close();
    }

    private static void marks(Svg svg, List<TimelinePoint> points, Scale scale, List<String> rings) {
        double axisY = TOP + (rings.size() + 1) * LANE + 24;
        svg.open("g", "class", "editions", "font-size", 12, "fill", "#323f4b");
        for (TimelinePoint p : points) {
            double x = scale.x(p.date());
            double y = laneY(p.ring(), rings.size());
            String ring = p.ring() == null ? "not on the radar" : rings.get(p.ring());
            svg.open("g", "class", "edition", "data-date", p.date().toString());
            svg.text("title", p.date() + ": " + ring + (p.note() == null ? "" : " (" + p.note() + ")"));
            svg.empty("line", "x1", x, "y1", TOP, "x2", x, "y2", axisY - 14, "stroke", "#cbd2d9",
                    "stroke-dasharray", "2 3");
            svg.empty("circle", "cx", x, "cy", y, "r", 7, "fill", p.ring() == null ? "#ffffff" : RingColours.ink(p.ring()),
                    "stroke", p.ring() == null ? "#7b8794" : "#ffffff", "stroke-width", 2);
            svg.text("text", p.date().toString(), "x", x, "y", axisY, "text-anchor", "middle");
            if (p.note() != null) {
                svg.text("text", p.note(), "x", x, "y", axisY + 18, "text-anchor", "middle", "font-size", 11,
                        "fill", "#616e7c");
            }
            svg.close();
        }
        svg.close();
    }
}
