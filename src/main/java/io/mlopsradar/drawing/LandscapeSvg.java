package io.mlopsradar.drawing;

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

    /** Room right of the plot for the ring legend, and below it for the axis. */
    private static final double RIGHT_MARGIN = 300;
    private static final double BOTTOM_MARGIN = 110;
    /** Up to this many tools fit the base plot; beyond it the plot grows, keeping the font size. */
    static final int BASE_POINTS = 200;
    static final double FONT = 11;
    private static final Box BASE_PLOT = new Box(120, 90, 1180, 1000);
    private static final double CATEGORY_FONT = 13;
    private static final double DOT = 4.5;
    private static final double BIG_DOT = 7;

    private LandscapeSvg() {
    }

    /** Renders the picture. */
    public static String render(LandscapePicture picture) {
        return render(picture, -1);
    }

    /**
     * Renders the picture framed on one quadrant (index clockwise from the top left, as in the picture's quadrant
     * names), as when the reader filters the landscape by quadrant; -1 frames the whole landscape.
     */
    public static String render(LandscapePicture picture, int focusQuadrant) {
        return render(picture, focusQuadrant, Neighbourhood.none());
    }

    /** Renders the picture as above with lines from a selected tool to its neighbours and a key of their styles. */
    public static String render(LandscapePicture picture, int focusQuadrant, Neighbourhood neighbourhood) {
        String svg = draw(picture, neighbourhood);
        if (focusQuadrant < 0 || focusQuadrant > 3) return svg;
        Box plot = plot(picture.points().size());
        double x0 = focusQuadrant == 1 || focusQuadrant == 2 ? 0.5 : 0;
        double y0 = focusQuadrant < 2 ? 0.5 : 0;
        double pad = 40;
        double left = plot.atX(x0) - pad;
        double top = plot.atY(y0 + 0.5) - pad;
        return Svg.reframe(svg, left, top, plot.atX(x0 + 0.5) - plot.atX(x0) + 2 * pad,
                plot.atY(y0) - plot.atY(y0 + 0.5) + 2 * pad);
    }

    private static String draw(LandscapePicture picture, Neighbourhood neighbourhood) {
        Box plot = plot(picture.points().size());
        Svg svg = new Svg(plot.x() + plot.width() + RIGHT_MARGIN, plot.y() + plot.height() + BOTTOM_MARGIN,
                picture.title(), description(picture));
        svg.text("text", picture.title(), "x", plot.x(), "y", 52, "font-size", 26, "font-weight", "bold",
                "fill", "#1f2933");
        RingShading.draw(svg, picture.ringField(), plot);
        quadrants(svg, plot, picture.quadrantNames());
        CategoryRegions.draw(svg, plot, picture.categories(), picture.points());
        axes(svg, plot, picture.axes());
        categories(svg, plot, picture.categories());
        if (picture.diagonals()) {
            LandscapeDiagonals.draw(svg, plot);
        }
        NeighbourLines.draw(svg, plot, picture.points(), neighbourhood);
        tools(svg, plot, picture);
        ringLegend(svg, plot, picture.ringNames());
        NeighbourLines.key(svg, plot.x() + plot.width() + 40, plot.y() + 58 + picture.ringNames().size() * 30,
                neighbourhood);
        return svg.finish();
    }

    /** The plot for this many tools: the base size, grown in both directions as the square root of the crowding. */
    static Box plot(int points) {
        double scale = Math.max(1, Math.sqrt((double) points / BASE_POINTS));
        return new Box(BASE_PLOT.x(), BASE_PLOT.y(), BASE_PLOT.width() * scale, BASE_PLOT.height() * scale);
    }

    private static String description(LandscapePicture p) {
        return "Landscape of " + p.points().size() + " tools: " + p.axes().xLow() + " to " + p.axes().xHigh()
                + " across, " + p.axes().yLow() + " to " + p.axes().yHigh() + " upwards; quadrants "
                + String.join(", ", p.quadrantNames()) + "; shaded by ring (" + String.join(", ", p.ringNames())
                + ").";
    }

    private static void quadrants(Svg svg, Box plot, List<String> names) {
        svg.empty("rect", "x", plot.x(), "y", plot.y(), "width", plot.width(), "height", plot.height(),
                "fill", "none", "stroke", "#9aa5b1", "stroke-width", 1.5);
        svg.empty("line", "x1", plot.atX(0.5), "y1", plot.y(), "x2", plot.atX(0.5), "y2", plot.y() + plot.height(),
                "stroke", "#9aa5b1", "stroke-width", 1.5, "stroke-dasharray", "6 4");
        svg.empty("line", "x1", plot.x(), "y1", plot.atY(0.5), "x2", plot.x() + plot.width(), "y2", plot.atY(0.5),
                "stroke", "#9aa5b1", "stroke-width", 1.5, "stroke-dasharray", "6 4");
        svg.open("g", "class", "quadrant-names", "font-size", 20, "font-weight", "bold", "fill", "#3e4c59",
                "fill-opacity", 0.6);
        List<Box> boxes = quadrantNameBoxes(plot, names);
        for (int i = 0; i < boxes.size(); i++) {
            svg.text("text", names.get(i), "x", boxes.get(i).x(), "y", boxes.get(i).y() + 18);
        }
        svg.close();
    }

    /** Where the quadrant names go: in each quadrant's outer corner, clockwise from top left. */
    static List<Box> quadrantNameBoxes(Box plot, List<String> names) {
        List<Box> boxes = new ArrayList<>();
        double right = plot.x() + plot.width();
        double bottom = plot.y() + plot.height();
        for (int i = 0; i < 4; i++) {
            double w = Svg.textWidth(names.get(i), 20) * 1.08;
            double x = (i == 1 || i == 2) ? right - 12 - w : plot.x() + 12;
            double y = i < 2 ? plot.y() + 10 : bottom - 34;
            boxes.add(new Box(x, y, w, 24));
        }
        return boxes;
    }

    private static void axes(Svg svg, Box plot, AxisLabels axes) {
        double bottom = plot.y() + plot.height();
        svg.open("g", "class", "axes", "font-size", 14, "fill", "#323f4b");
        LandscapeDiagonals.arrow(svg, plot.x(), bottom + 26, plot.x() + plot.width(), bottom + 26, "#52606d", null);
        svg.text("text", axes.xLow(), "x", plot.x(), "y", bottom + 48);
        svg.text("text", axes.xHigh(), "x", plot.x() + plot.width(), "y", bottom + 48, "text-anchor", "end");
        LandscapeDiagonals.arrow(svg, plot.x() - 26, bottom, plot.x() - 26, plot.y(), "#52606d", null);
        svg.text("text", axes.yLow(), "transform", rotated(plot.x() - 38, bottom), "text-anchor", "start");
        svg.text("text", axes.yHigh(), "transform", rotated(plot.x() - 38, plot.y()), "text-anchor", "end");
        svg.close();
    }

    private static String rotated(double x, double y) {
        return String.format(Locale.ROOT, "translate(%s,%s) rotate(-90)", Svg.num(x), Svg.num(y));
    }

    private static Box categoryBox(Box plot, CategoryArea c) {
        double w = Svg.textWidth(c.name(), CATEGORY_FONT);
        return new Box(plot.atX(c.anchorX()) - w / 2, plot.atY(c.anchorY()) - CATEGORY_FONT, w, CATEGORY_FONT * 1.3);
    }

    private static void categories(Svg svg, Box plot, List<CategoryArea> categories) {
        svg.open("g", "class", "categories", "font-size", CATEGORY_FONT, "font-style", "italic", "fill", "#52606d",
                "fill-opacity", 0.75, "text-anchor", "middle");
        for (CategoryArea c : categories) {
            svg.text("text", c.name(), "x", plot.atX(c.anchorX()), "y", plot.atY(c.anchorY()), "data-id", c.id());
        }
        svg.close();
    }

    private static void tools(Svg svg, Box plot, LandscapePicture picture) {
        List<LabelPlacer.Anchor> anchors = picture.points().stream().map(p -> anchor(plot, p, picture)).toList();
        List<Box> obstacles = new ArrayList<>(quadrantNameBoxes(plot, picture.quadrantNames()));
        picture.categories().forEach(c -> obstacles.add(categoryBox(plot, c)));
        Map<String, LabelPlacer.Placement> labels = new LabelPlacer(plot, obstacles).place(anchors);
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
            ToolMark.draw(svg, plot, p, labels.get(p.id()), highlighted ? BIG_DOT : DOT, highlighted);
            svg.close().close();
        }
        svg.close();
    }

    private static LabelPlacer.Anchor anchor(Box plot, LandscapePoint p, LandscapePicture picture) {
        boolean highlighted = picture.highlighted().contains(p.id());
        // Bold text runs wider; reserve a little more room so the estimate stays on the safe side.
        double width = Svg.textWidth(p.name(), FONT) * (highlighted ? 1.12 : 1.0);
        return new LabelPlacer.Anchor(p.id(), plot.atX(p.x()), plot.atY(p.y()), highlighted ? BIG_DOT : DOT, width,
                FONT * 1.25, highlighted);
    }

    private static void ringLegend(Svg svg, Box plot, List<String> ringNames) {
        double x = plot.x() + plot.width() + 40;
        double y = plot.y() + 10;
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
