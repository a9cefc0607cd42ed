package io.mlopsradar.drawing;

import java.util.Locale;

/**
 * The landscape's two diagonals as dashed arrows: any-task to ML-task orchestration (from the data orchestrators,
 * lower left, up to the ML task orchestrators, upper right) and building software to building models (from the
 * software, all-in-one corner across to the model-focused, piecemeal tools).
 */
final class LandscapeDiagonals {

    private LandscapeDiagonals() {
    }

    static void draw(Svg svg, Box plot) {
        svg.open("g", "class", "diagonals", "font-size", 14, "font-style", "italic", "fill", "#3e4c59");
        diagonal(svg, plot, 0.18, 0.12, 0.82, 0.88, "any-task → ML-task orchestration");
        diagonal(svg, plot, 0.18, 0.88, 0.82, 0.12, "building software → building models");
        svg.close();
    }

    private static void diagonal(Svg svg, Box plot, double x1, double y1, double x2, double y2, String label) {
        double sx1 = plot.atX(x1);
        double sy1 = plot.atY(y1);
        double sx2 = plot.atX(x2);
        double sy2 = plot.atY(y2);
        arrow(svg, sx1, sy1, sx2, sy2, "#3e4c59", "10 6");
        double angle = Math.toDegrees(Math.atan2(sy2 - sy1, sx2 - sx1));
        double mx = sx1 + (sx2 - sx1) * 0.3;
        double my = sy1 + (sy2 - sy1) * 0.3;
        svg.text("text", label, "text-anchor", "middle", "transform",
                String.format(Locale.ROOT, "translate(%s,%s) rotate(%s) translate(0,-8)", Svg.num(mx), Svg.num(my),
                        Svg.num(angle)));
    }

    /** A straight arrow with a filled head at (x2, y2); dashes may be null for a solid line. */
    static void arrow(Svg svg, double x1, double y1, double x2, double y2, String colour, String dashes) {
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double len = 12;
        double backX = x2 - len * Math.cos(angle);
        double backY = y2 - len * Math.sin(angle);
        svg.empty("line", "x1", x1, "y1", y1, "x2", backX, "y2", backY, "stroke", colour, "stroke-width", 2,
                "stroke-dasharray", dashes);
        double wing = 5;
        String head = String.format(Locale.ROOT, "%s,%s %s,%s %s,%s", Svg.num(x2), Svg.num(y2),
                Svg.num(backX + wing * Math.sin(angle)), Svg.num(backY - wing * Math.cos(angle)),
                Svg.num(backX - wing * Math.sin(angle)), Svg.num(backY + wing * Math.cos(angle)));
        svg.empty("polygon", "points", head, "fill", colour);
    }
}
