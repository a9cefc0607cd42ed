package io.mlopsradar.drawing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws thin lines from a selected tool to each of its neighbours on the landscape, styled by relation type, and
 * the small key explaining the styles.
 */
final class NeighbourLines {
    /** How the lines of one relation type look: colour, dash pattern (null for a solid line) and the key's words. */
    private record LineStyle(String relation, String colour, String dashes, String label) {
    }

    /** In the key's order; the first is also the style of a relation type not listed. */
    private static final List<LineStyle> STYLES = List.of(
            new LineStyle("works-with", "#2f855a", null, "works with"),
            new LineStyle("alternative-to", "#c05621", "6 4", "alternative to"),
            new LineStyle("part-of", "#2b6cb0", "2 3", "part of / has part"),
            new LineStyle("replaced-by", "#6b46c1", "9 3 2 3", "replaced by / replaces"));

    private NeighbourLines() {
    }

    /** Lines from the centre to every neighbour shown in the picture; neighbours not on it are skipped. */
    static void draw(Svg svg, Box plot, List<LandscapePoint> points, Neighbourhood hood) {
        if (hood.isEmpty()) return;
        Map<String, LandscapePoint> byId = new LinkedHashMap<>();
        points.forEach(p -> byId.put(p.id(), p));
        LandscapePoint centre = byId.get(hood.centre());
        if (centre == null) return;
        svg.open("g", "class", "neighbour-lines", "fill", "none", "stroke-width", 1.4, "stroke-opacity", 0.85);
        for (Neighbourhood.Neighbour n : hood.neighbours()) {
            LandscapePoint other = byId.get(n.id());
            if (other == null) continue;
            LineStyle style = style(n.type());
            svg.empty("line", "class", "neighbour-line", "data-relation", n.type(), "data-from", centre.id(), "data-to", n.id(),
                    "x1", plot.atX(centre.x()), "y1", plot.atY(centre.y()), "x2", plot.atX(other.x()),
                    "y2", plot.atY(other.y()), "stroke", style.colour(), "stroke-dasharray", style.dashes());
        }
        svg.close();
    }

    /** The key of line styles, drawn from the given top left corner. */
    static void key(Svg svg, double x, double y, Neighbourhood hood) {
        if (hood.isEmpty()) return;
        svg.open("g", "class", "neighbour-key", "font-size", 14, "fill", "#323f4b");
        svg.text("text", "Relations", "x", x, "y", y, "font-weight", "bold", "font-size", 16);
        int row = 0;
        for (LineStyle style : STYLES) {
            double top = y + 18 + row++ * 26;
            svg.empty("line", "class", "key " + style.relation(), "x1", x, "y1", top + 8, "x2", x + 26, "y2", top + 8,
                    "stroke", style.colour(), "stroke-width", 2, "stroke-dasharray", style.dashes());
            svg.text("text", style.label(), "x", x + 34, "y", top + 13);
        }
        svg.close();
    }

    private static LineStyle style(String type) {
        return STYLES.stream().filter(s -> s.relation().equals(type)).findFirst().orElse(STYLES.get(0));
    }
}
