package io.mlopsradar.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the MLOps landscape: artifact focus (software to model) across, scope (piecemeal to all-in-one) up,
 * quadrants, shaded ring regions, category names and every tool as a labelled, linked dot. Labels never overlap;
 * crowded ones move out on leader lines.
 */
public final class LandscapeSvg {

    static final double WIDTH = 1600;
    static final double HEIGHT = 1200;
    static final double FONT = 11;
    private static final Box PLOT = new Box(120, 90, 1180, 1000);
    private static final double CATEGORY_FONT = 13;
    private static final double DOT = 4.5;
    private static final double BIG_DOT = 7;

    private LandscapeSvg() {
    }

    /** Renders the picture. */
    public static String render(LandscapePicture picture) {
        Svg svg = new Svg(WIDTH, HEIGHT, picture.title(), description(picture));
        svg.text("text", picture.title(), "x", PLOT.x(), "y", 52, "font-size", 26, "font-weight", "bold",
                "fill", "#1f2933");
        RingShading.draw(svg, picture.ringField(), PLOT);
        quadrants(svg, picture.quadrantNames());
        axes(svg, picture.axes());
        categories(svg, picture.categories());
        if (picture.diagonals()) {
            LandscapeDiagonals.draw(svg, PLOT);
        }
        tools(svg, picture);
        ringLegend(svg, picture.ringNames());
        return svg.finish();
    }

    /** Screen x of a landscape x in [0, 1]. */
    static double screenX(double x) {
        return PLOT.x() + x * PLOT.width();
    }

    /** Screen y of a landscape y in [0, 1] (1 is at the top). */
    static double screenY(double y) {
        return PLOT.y() + (1 - y) * PLOT.height();
    }

    private static String description(LandscapePicture p) {
        return "Landscape of " + p.points().size() + " tools: " + p.axes().xLow() + " to " + p.axes().xHigh()
                + " across, " + p.axes().yLow() + " to " + p.axes().yHigh() + " upwards; quadrants "
                + String.join(", ", p.quadrantNames()) + "; shaded by ring (" + String.join(", ", p.ringNames())
                + ").";
    }

    private static void quadrants(Svg svg, List<String> names) {
        svg.empty("rect", "x", PLOT.x(), "y", PLOT.y(), "width", PLOT.width(), "height", PLOT.height(),
                "fill", "none", "stroke", "#9aa5b1", "stroke-width", 1.5);
        svg.empty("line", "x1", screenX(0.5), "y1", PLOT.y(), "x2", screenX(0.5), "y2", PLOT.y() + PLOT.height(),
                "stroke", "#9aa5b1", "stroke-width", 1.5, "stroke-dasharray", "6 4");
        svg.empty("line", "x1", PLOT.x(), "y1", screenY(0.5), "x2", PLOT.x() + PLOT.width(), "y2", screenY(0.5),
                "stroke", "#9aa5b1", "stroke-width", 1.5, "stroke-dasharray", "6 4");
        svg.open("g", "class", "quadrant-names", "font-size", 20, "font-weight", "bold", "fill", "#3e4c59",
                "fill-opacity", 0.6);
        List<Box> boxes = quadrantNameBoxes(names);
        for (int i = 0; i < boxes.size(); i++) {
            svg.text("text", names.get(i), "x", boxes.get(i).x(), "y", boxes.get(i).y() + 18);
        }
        svg.close();
    }

    /** Where the quadrant names go: in each quadrant's outer corner, clockwise from top left. */
    static List<Box> quadrantNameBoxes(List<String> names) {
        List<Box> boxes = new ArrayList<>();
        double right = PLOT.x() + PLOT.width();
        double bottom = PLOT.y() + PLOT.height();
        for (int i = 0; i < 4; i++) {
            double w = Svg.textWidth(names.get(i), 20) * 1.08;
            double x = (i == 1 || i == 2) ? right - 12 - w : PLOT.x() + 12;
            double y = i < 2 ? PLOT.y() + 10 : bottom - 34;
            boxes.add(new Box(x, y, w, 24));
        }
        return boxes;
    }

    private static void axes(Svg svg, AxisLabels axes) {
        double bottom = PLOT.y() + PLOT.height();
        svg.open("g", "class", "axes", "font-size", 14, "fill", "#323f4b");
        LandscapeDiagonals.arrow(svg, PLOT.x(), bottom + 26, PLOT.x() + PLOT.width(), bottom + 26, "#52606d", null);
        svg.text("text", axes.xLow(), "x", PLOT.x(), "y", bottom + 48);
        svg.text("text", axes.xHigh(), "x", PLOT.x() + PLOT.width(), "y", bottom + 48, "text-anchor", "end");
        LandscapeDiagonals.arrow(svg, PLOT.x() - 26, bottom, PLOT.x() - 26, PLOT.y(), "#52606d", null);
        svg.text("text", axes.yLow(), "transform", rotated(PLOT.x() - 38, bottom), "text-anchor", "start");
        svg.text("text", axes.yHigh(), "transform", rotated(PLOT.x() - 38, PLOT.y()), "text-anchor", "end");
        svg.close();
    }

    private static String rotated(double x, double y) {
        return String.format(Locale.ROOT, "translate(%s,%s) rotate(-90)", Svg.num(x), Svg.num(y));
    }

    private static Box categoryBox(CategoryArea c) {
        double w = Svg.textWidth(c.name(), CATEGORY_FONT);
        return new Box(screenX(c.anchorX()) - w / 2, screenY(c.anchorY()) - CATEGORY_FONT, w, CATEGORY_FONT * 1.3);
    }

    private static void categories(Svg svg, List<CategoryArea> categories) {
        svg.open("g", "class", "categories", "font-size", CATEGORY_FONT, "font-style", "italic", "fill", "#52606d",
                "fill-opacity", 0.75, "text-anchor", "middle");
        for (CategoryArea c : categories) {
            svg.text("text", c.name(), "x", screenX(c.anchorX()), "y", screenY(c.anchorY()), "data-id", c.id());
        }
        svg.close();
    }

    private static void tools(Svg svg, LandscapePicture picture) {
        List<LabelPlacer.Anchor> anchors = picture.points().stream().map(p -> anchor(p, picture)).toList();
        List<Box> obstacles = new ArrayList<>(quadrantNameBoxes(picture.quadrantNames()));
        picture.categories().forEach(c -> obstacles.add(categoryBox(c)));
        Map<String, LabelPlacer.Placement> labels = new LabelPlacer(PLOT, obstacles).place(anchors);
        boolean fading = !picture.highlighted().isEmpty();
        svg.open("g", "class", "tools", "font-size", FONT);
        for (LandscapePoint p : picture.points()) {
            boolean highlighted = picture.highlighted().contains(p.id());
            String ring = p.ring() >= 0 && p.ring() < picture.ringNames().size() ? picture.ringNames().get(p.ring())
                    : "ring " + p.ring();
            svg.openLink(Links.of(picture.linkPattern(), p.id()));
            svg.open("g", "class", highlighted ? "tool highlighted" : "tool", "data-id", p.id(), "data-ring", ring,
                    "data-category", p.category(), "opacity", fading && !highlighted ? 0.35 : null);
            svg.text("title", p.name() + " (" + ring + (p.category() == null ? "" : ", " + p.category()) + ")");
            ToolMark.draw(svg, p, labels.get(p.id()), highlighted ? BIG_DOT : DOT, highlighted);
            svg.close().close();
        }
        svg.close();
    }

    private static LabelPlacer.Anchor anchor(LandscapePoint p, LandscapePicture picture) {
        boolean highlighted = picture.highlighted().contains(p.id());
        // Bold text runs wider; reserve a little more room so the estimate stays on the safe side.
        double width = Svg.textWidth(p.name(), FONT) * (highlighted ? 1.12 : 1.0);
        return new LabelPlacer.Anchor(p.id(), screenX(p.x()), screenY(p.y()), highlighted ? BIG_DOT : DOT, width,
                FONT * 1.25, highlighted);
    }

    private static void ringLegend(Svg svg, List<String> ringNames) {
        double x = PLOT.x() + PLOT.width() + 40;
        double y = PLOT.y() + 10;
        svg.open("g", "class", "ring-legend", "font-size", 14, "fill", "#323f4b");
        svg.text("text", "Rings", "x", x, "y", y, "font-weight", "bold", "font-size", 16);
        for (int r = 0; r < ringNames.size(); r++) {
            double top = y + 18 + r * 30;
            svg.empty("rect", "x", x, "y", top, "width", 22, "height", 22, "rx", 4, "fill", RingColours.tint(r),
                    "stroke", RingColours.ink(r), "stroke-width", 1);
            svg.empty("circle", "cx", x + 11, "cy", top + 11, "r", DOT, "fill", RingColours.ink(r));
            svg.text("text", ringNames.get(r), "x", x + 32, "y", top + 16);
        }
        svg.close();
    }
}
