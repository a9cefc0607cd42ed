package io.mlopsradar.drawing;

/** Shades the ring regions of a landscape by sampling the ring field on a grid and merging runs into rectangles. */
final class RingShading {

    static final int CELLS = 100;

    private RingShading() {
    }

    /** Draws the regions into the plot box, whose top edge is y = 1 (all-in-one). */
    static void draw(Svg svg, RingField field, Box plot) {
        double cw = plot.width() / CELLS;
        double ch = plot.height() / CELLS;
        svg.open("g", "class", "ring-regions", "shape-rendering", "crispEdges");
        for (int row = 0; row < CELLS; row++) {
            double y = 1 - (row + 0.5) / CELLS;
            int start = 0;
            int ring = field.ringAt(0.5 / CELLS, y);
            for (int col = 1; col <= CELLS; col++) {
                int next = col == CELLS ? Integer.MIN_VALUE : field.ringAt((col + 0.5) / CELLS, y);
                if (next != ring) {
                    // Slight overlap hides hairline seams between neighbouring rectangles.
                    svg.empty("rect", "x", plot.x() + start * cw, "y", plot.y() + row * ch,
                            "width", (col - start) * cw + 0.5, "height", ch + 0.5, "fill", RingColours.tint(ring));
                    start = col;
                    ring = next;
                }
            }
        }
        svg.close();
    }
}
