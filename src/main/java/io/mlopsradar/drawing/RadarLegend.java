package io.mlopsradar.drawing;

import java.util.ArrayList;
import java.util.List;

/**
 * The legend beside a radar: per segment, the blip numbers and names grouped by ring, flowed into as many columns
 * as keep the picture roughly landscape-shaped, so that a thousand names stay readable.
 */
final class RadarLegend {

    static final double COLUMN_WIDTH = 250;
    private static final double SEGMENT_LINE = 30;
    private static final double RING_LINE = 20;
    private static final double ENTRY_LINE = 15;
    private static final double FONT = 11;

    private record Line(double height, int segment, String text, NumberedEntry entry) {
    }

    private record Placed(Line line, int column, double y) {
    }

    private final List<Placed> placed;
    private final int columns;
    private final double height;

    private RadarLegend(List<Placed> placed, int columns, double height) {
        this.placed = placed;
        this.columns = columns;
        this.height = height;
    }

    static RadarLegend of(RadarPicture picture, List<NumberedEntry> numbered, double radarWidth, double radarHeight) {
        List<Line> lines = lines(picture, numbered);
        double total = lines.stream().mapToDouble(Line::height).sum();
        int columns = 1;
        // Add columns until the legend is no taller than the radar or than three quarters of the picture's width.
        while (total / columns > Math.max(radarHeight, 0.75 * (radarWidth + columns * COLUMN_WIDTH))) {
            columns++;
        }
        return flow(lines, Math.max(radarHeight, total / columns + SEGMENT_LINE));
    }

    double width() {
        return columns * COLUMN_WIDTH;
    }

    double height() {
        return height;
    }

    void draw(Svg svg, double x, double y, String linkPattern) {
        svg.open("g", "class", "legend", "font-size", FONT, "fill", "#222222");
        for (Placed p : placed) {
            double left = x + p.column() * COLUMN_WIDTH;
            double base = y + p.y() + p.line().height() - 5;
            Line line = p.line();
            if (line.entry() != null) {
                drawEntry(svg, line.entry(), left, base, linkPattern);
            } else if (line.height() == SEGMENT_LINE) {
                svg.text("text", fit(line.text(), COLUMN_WIDTH - 10, 14 * 1.04), "class", "legend-segment", "data-name",
                        line.text(), "x", left, "y", base, "font-size", 14,
                        "font-weight", "bold",
                        "fill", Palette.of(line.segment()).fill());
            } else {
                svg.text("text", line.text().toUpperCase(java.util.Locale.ROOT), "class", "legend-ring", "data-name",
                        line.text(), "x", left + 2, "y", base,
                        "font-size", 10, "font-weight", "bold", "fill", "#6b7280", "letter-spacing", 0.8);
            }
        }
        svg.close();
    }

    private void drawEntry(Svg svg, NumberedEntry n, double left, double base, String linkPattern) {
        RadarEntry e = n.entry();
        svg.openLink(Links.of(linkPattern, e.id()), "class", "legend-entry", "data-id", e.id());
        svg.text("title", e.name());
        svg.text("text", Integer.toString(n.number()), "x", left + 30, "y", base, "text-anchor", "end",
                "font-weight", "bold", "fill", Palette.of(e.segment()).fill());
        svg.text("text", fit(e.name(), COLUMN_WIDTH - 50, FONT), "x", left + 36, "y", base);
        svg.close();
    }

    private static String fit(String name, double width, double font) {
        int max = (int) (width / (0.6 * font));
        return name.length() <= max ? name : name.substring(0, Math.max(1, max - 1)) + "…";
    }

    private static List<Line> lines(RadarPicture picture, List<NumberedEntry> numbered) {
        List<Line> lines = new ArrayList<>();
        for (int s = 0; s < picture.segments().size(); s++) {
            int segment = s;
            List<NumberedEntry> inSegment = numbered.stream().filter(n -> n.entry().segment() == segment).toList();
            if (inSegment.isEmpty()) {
                continue;
            }
            lines.add(new Line(SEGMENT_LINE, s, picture.segments().get(s), null));
            for (int r = 0; r < picture.rings().size(); r++) {
                int ring = r;
                List<NumberedEntry> inRing = inSegment.stream().filter(n -> n.entry().ring() == ring).toList();
                if (!inRing.isEmpty()) {
                    lines.add(new Line(RING_LINE, s, picture.rings().get(r), null));
                    inRing.forEach(n -> lines.add(new Line(ENTRY_LINE, segment, null, n)));
                }
            }
        }
        return lines;
    }

    private static RadarLegend flow(List<Line> lines, double columnHeight) {
        List<Placed> placed = new ArrayList<>();
        int column = 0;
        double y = 0;
        for (Line line : lines) {
            // A heading never ends a column: it must have at least one entry under it.
            double needed = line.entry() == null ? line.height() + RING_LINE + ENTRY_LINE : line.height();
            if (y > 0 && y + needed > columnHeight) {
                column++;
                y = 0;
            }
            placed.add(new Placed(line, column, y));
            y += line.height();
        }
        double used = placed.stream().mapToDouble(p -> p.y() + p.line().height()).max().orElse(0);
        return new RadarLegend(placed, placed.isEmpty() ? 0 : column + 1, used);
    }
}
