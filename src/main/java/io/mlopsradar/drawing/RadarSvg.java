package io.mlopsradar.drawing;

import java.util.List;

/**
 * Draws a technology radar as SVG: ring bands, segment lines and names, numbered blips shaped by movement and
 * coloured by segment, a movement key, and a legend of every blip beside the radar. Blips are links (when the
 * picture has a link pattern) carrying {@code class="blip"} and {@code data-id/-ring/-segment} for the web app.
 */
public final class RadarSvg {

    private static final double MARGIN = 28;
    private static final double HEADER = 100;
    private static final double SEGMENT_FONT = 15;
    private static final String[] RING_TINTS = {"#e4e9ef", "#ebeff3", "#f0f3f6", "#f4f6f8", "#f7f8fa", "#fafbfc"};

    private RadarSvg() {
    }

    /** Renders the picture. */
    public static String render(RadarPicture picture) {
        List<NumberedEntry> numbered = NumberedEntry.of(picture.entries());
        Layout layout = BlipLayout.layout(numbered.stream()
                .map(n -> new Blip(n.entry().id(), n.entry().segment(), n.entry().ring(), n.entry().movement()))
                .toList(), picture.geometry());
        RadarGeometry g = layout.geometry();
        double side = sideMargin(g, picture.segments());
        double radarWidth = 2 * (g.radius() + side);
        double radarHeight = 2 * (g.radius() + 50);
        RadarLegend legend = RadarLegend.of(picture, numbered, radarWidth, radarHeight);
        double width = Math.max(2 * MARGIN + radarWidth + legend.width(), 720);
        double height = HEADER + Math.max(radarHeight, legend.height()) + MARGIN;

        Svg svg = new Svg(width, height, picture.title(), description(picture, layout));
        header(svg, picture);
        double cx = MARGIN + radarWidth / 2;
        double cy = HEADER + radarHeight / 2;
        // data-box frames the radar without its legend, for narrow screens.
        svg.open("g", "class", "radar", "transform", BlipMarker.translate(cx, cy), "data-box",
                "0 0 " + Svg.num(MARGIN + radarWidth) + " " + Svg.num(HEADER + radarHeight));
        rings(svg, g);
        SegmentAreas.draw(svg, g, picture.segments(), cx, cy);
        segments(svg, g, picture.segments());
        ringNames(svg, g, picture.rings());
        blips(svg, numbered, layout, picture);
        svg.close();
        legend.draw(svg, MARGIN + radarWidth, HEADER, picture.linkPattern());
        return svg.finish();
    }

    /** Room beside the circle for the segment names, which sit just outside it. */
    private static double sideMargin(RadarGeometry g, List<String> names) {
        double side = 30;
        for (int s = 0; s < g.segments(); s++) {
            Point at = segmentLabelAt(g, s);
            side = Math.max(side, Math.abs(at.x()) + Svg.textWidth(names.get(s), SEGMENT_FONT) - g.radius() + 20);
        }
        return side;
    }

    private static Point segmentLabelAt(RadarGeometry g, int segment) {
        double mid = g.segmentStart(segment) + g.segmentSweep() / 2;
        return RadarGeometry.polar(g.radius() + 22, g.segments() == 1 ? Math.PI : mid);
    }

    private static String description(RadarPicture picture, Layout layout) {
        String text = "Technology radar with " + picture.entries().size() + " tools in "
                + picture.segments().size() + " segments (" + String.join(", ", picture.segments()) + ") and "
                + picture.rings().size() + " rings (" + String.join(", ", picture.rings()) + ").";
        return layout.adjustment().kind() == Adjustment.Kind.NONE ? text : text + " " + layout.adjustment().sentence();
    }

    private static void header(Svg svg, RadarPicture picture) {
        svg.text("text", picture.title(), "x", MARGIN, "y", MARGIN + 24, "font-size", 26, "font-weight", "bold",
                "fill", "#1f2933");
        svg.text("text", picture.date(), "x", MARGIN, "y", MARGIN + 46, "font-size", 14, "fill", "#52606d");
        BlipMarker.drawKey(svg, MARGIN, MARGIN + 68);
    }

    private static void rings(Svg svg, RadarGeometry g) {
        for (int r = g.rings() - 1; r >= 0; r--) {
            svg.empty("circle", "r", g.ringOuter(r), "fill", RING_TINTS[r], "stroke", "#c9d2dc", "stroke-width", 1);
        }
    }

    /** Ring names sit on the twelve o'clock axis, in the space the layout keeps free of blips. */
    private static void ringNames(Svg svg, RadarGeometry g, List<String> names) {
        for (int r = 0; r < g.rings(); r++) {
            String name = names.get(r).toUpperCase(java.util.Locale.ROOT);
            double font = Math.min(12, 2 * RadarGeometry.RING_LABEL_HALF_WIDTH / (0.75 * Math.max(1, name.length())));
            haloText(svg, name, 0, g.ringLabelCentre(r).y() + font * 0.36,
                    "text-anchor", "middle", "font-size", font, "font-weight", "bold", "letter-spacing", 0.5);
        }
    }

    private static void haloText(Svg svg, String text, double x, double y, Object... style) {
        svg.open("g", style);
        svg.text("text", text, "x", x, "y", y, "fill", "none", "stroke", "#ffffff", "stroke-width", 4,
                "stroke-linejoin", "round", "aria-hidden", "true");
        svg.text("text", text, "x", x, "y", y, "fill", "#7b8794");
        svg.close();
    }

    private static void segments(Svg svg, RadarGeometry g, List<String> names) {
        for (int s = 0; s < g.segments(); s++) {
            if (g.segments() > 1) {
                Point end = RadarGeometry.polar(g.radius(), g.segmentStart(s));
                svg.empty("line", "x1", 0, "y1", 0, "x2", end.x(), "y2", end.y(), "stroke", "#ffffff",
                        "stroke-width", 3);
            }
            Point at = segmentLabelAt(g, s);
            String anchor = Math.abs(at.x()) < 1 ? "middle" : at.x() > 0 ? "start" : "end";
            svg.text("text", names.get(s), "x", at.x(), "y", at.y() + (at.y() > 0 ? SEGMENT_FONT : 0),
                    "text-anchor", anchor, "font-size", SEGMENT_FONT, "font-weight", "bold",
                    "fill", Palette.of(s).fill());
        }
    }

    private static void blips(Svg svg, List<NumberedEntry> numbered, Layout layout, RadarPicture picture) {
        double r = layout.geometry().blipRadius();
        for (NumberedEntry n : numbered) {
            RadarEntry e = n.entry();
            Point p = layout.positionOf(e.id());
            String ring = picture.rings().get(e.ring());
            String number = Integer.toString(n.number());
            Palette.Swatch swatch = Palette.of(e.segment());
            svg.openLink(Links.of(picture.linkPattern(), e.id()));
            svg.open("g", "class", "blip", "data-id", e.id(), "data-number", number, "data-ring", ring,
                    "data-segment", picture.segments().get(e.segment()), "data-movement",
                    e.movement().name().toLowerCase(java.util.Locale.ROOT),
                    "aria-label", number + ": " + e.name() + " (" + ring + ")",
                    "transform", BlipMarker.translate(p.x(), p.y()));
            svg.text("title", e.name() + " (" + ring + ")");
            BlipMarker.draw(svg, e.movement(), swatch, r, Math.toDegrees(RadarGeometry.angleOf(p)));
            double font = (number.length() > 2 ? 0.7 : 0.85) * r;
            svg.text("text", number, "y", font * 0.36, "text-anchor", "middle", "font-size", font,
                    "font-weight", "bold", "fill", swatch.ink());
            svg.close().close();
        }
    }
}
