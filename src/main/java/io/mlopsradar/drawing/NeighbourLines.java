package io.mlopsradar.drawing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws thin lines from a selected tool to each of its neighbours on the landscape, styled by relation type, and
 * the small key explaining the styles.
 */
final class NeighbourLines {
    /** Relation type id to colour and dash pattern (null for a solid line). */
    private static final Map<String, String[]> STYLES = new LinkedHashMap<>();

    static {
        STYLES.put("works-with", new String[] {"#2f855a", null, "works with"});
        STYLES.put("alternative-to", new String[] {"#c05621", "6 4", "alternative to"});
        STYLES.put("part-of", new String[] {"#2b6cb0", "2 3", "part of / has part"});
        STYLES.put("replaced-by", new String[] {"#6b46c1", "9 3 2 3", "replaced by / replaces"});
    }

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
            String[] style = style(n.type());
            svg.empty("line", "class", "neighbour-line", "data-relation", n.type(), "data-from", centre.id(), "data-to", n.id(),
                    "x1", plot.atX(centre.x()), "y1", plot.atY(centre.y()), "x2", plot.atX(other.x()),
                    "y2", plot.atY(other.y()), "stroke", style[0], "stroke-dasharray", style[1]);
        }
        svg.close();
    }

    /** The key of line styles, drawn from the given top left corner. */
    static void key(Svg svg, double x, double y, Neighbourhood hood) {
        if (hood.isEmpty()) return;
        svg.open("g", "class", "neighbour-key", "font-size", 14, "fill", "#323f4b");
        svg.text("text", "Relations", "x", x, "y", y, "font-weight", "bold", "font-size", 16);
        int row = 0;
        for (Map.Entry<String, String[]> e : STYLES.entrySet()) {
            double top = y + 18 + row++ * 26;
            svg.empty("line", "class", "key " + e.getKey(), "x1", x, "y1", top + 8, "x2", x + 26, "y2", top + 8,
                    "stroke", e.getValue()[0], "stroke-width", 2, "stroke-dasharray", e.getValue()[1]);
            svg.text("text", e.getValue()[2], "x", x + 34, "y", top + 13);
        }
        svg.close();
    }

    private static String[] style(String type) {
        return STYLES.getOrDefault(type, STYLES.get("works-with"));
    }
}
