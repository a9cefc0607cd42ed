package io.mlopsradar.drawing;

/** Draws one tool on the landscape: its dot, its label, and a leader line when the label sits away from the dot. */
final class ToolMark {

    private ToolMark() {
    }

    static void draw(Svg svg, Box plot, LandscapePoint p, LabelPlacer.Placement label, double dot, boolean bold) {
        double x = plot.atX(p.x());
        double y = plot.atY(p.y());
        Box box = label.box();
        if (label.leader()) {
            double lx = Math.max(box.x(), Math.min(x, box.x() + box.width()));
            double ly = Math.max(box.y(), Math.min(y, box.y() + box.height()));
            svg.empty("line", "class", "leader", "x1", x, "y1", y, "x2", lx, "y2", ly, "stroke", "#7b8794",
                    "stroke-width", 0.8);
        }
        svg.empty("circle", "cx", x, "cy", y, "r", dot, "fill", RingColours.ink(p.ring()), "stroke", "#ffffff",
                "stroke-width", 1);
        svg.text("text", p.name(), "class", "label", "x", box.x(), "y", box.y() + box.height() * 0.78,
                "fill", "#1f2933", "font-weight", bold ? "bold" : null);
    }
}
