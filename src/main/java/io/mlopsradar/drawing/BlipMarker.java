package io.mlopsradar.drawing;

import java.util.Locale;

/** Draws the shape of one blip, centred on the origin, for its movement; also draws the key explaining them. */
final class BlipMarker {

    private BlipMarker() {
    }

    /**
     * Draws the marker; {@code outwardDegrees} is the direction away from the radar centre, used to point the
     * triangles of moved blips.
     */
    static void draw(Svg svg, Movement movement, Palette.Swatch swatch, double r, double outwardDegrees) {
        switch (movement) {
            case NEW -> {
                svg.empty("circle", "r", r - 0.6, "fill", "#ffffff", "stroke", swatch.fill(), "stroke-width", 1.2);
                svg.empty("circle", "r", r * 0.74, "fill", swatch.fill());
            }
            case MOVED_IN -> triangle(svg, swatch, r, outwardDegrees + 180);
            case MOVED_OUT -> triangle(svg, swatch, r, outwardDegrees);
            case UNCHANGED -> svg.empty("circle", "r", r, "fill", swatch.fill());
        }
    }

    /** Draws the key: one sample marker per movement with its meaning, in a row starting at (x, y). */
    static double drawKey(Svg svg, double x, double y) {
        Palette.Swatch grey = new Palette.Swatch("#5f6b7a", "#ffffff");
        String[] labels = {"New", "Moved in", "Moved out", "No change"};
        Movement[] movements = {Movement.NEW, Movement.MOVED_IN, Movement.MOVED_OUT, Movement.UNCHANGED};
        svg.open("g", "class", "movement-key", "font-size", 12, "fill", "#333333");
        double at = x;
        for (int i = 0; i < movements.length; i++) {
            svg.open("g", "transform", translate(at + 8, y));
            draw(svg, movements[i], grey, 8, 0);
            svg.text("text", labels[i], "x", 13, "y", 4);
            svg.close();
            at += 21 + Svg.textWidth(labels[i], 12) + 18;
        }
        svg.close();
        return at - x;
    }

    static String translate(double x, double y) {
        return "translate(" + Svg.num(x) + "," + Svg.num(y) + ")";
    }

    private static void triangle(Svg svg, Palette.Swatch swatch, double r, double pointingDegrees) {
        // Equilateral, circumradius r: it never reaches past the blip's circle, so layout spacing still holds.
        double half = r * Math.sqrt(3) / 2;
        String points = String.format(Locale.ROOT, "0,%s %s,%s %s,%s", Svg.num(-r), Svg.num(half), Svg.num(r / 2),
                Svg.num(-half), Svg.num(r / 2));
        svg.empty("polygon", "points", points, "fill", swatch.fill(), "stroke", swatch.fill(),
                "stroke-linejoin", "round", "transform", "rotate(" + Svg.num(pointingDegrees) + ")");
        // A round body on the triangle leaves room for the number while the corners still point the way.
        svg.empty("circle", "r", r * 0.74, "fill", swatch.fill());
    }
}
