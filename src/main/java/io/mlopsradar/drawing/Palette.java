package io.mlopsradar.drawing;

import java.util.List;

/** Eight segment colours from the Okabe-Ito colour-blind-safe palette, each with a readable text colour on top. */
public final class Palette {

    /** A fill colour and the text colour that reads well on it. */
    public record Swatch(String fill, String ink) {
    }

    private static final List<Swatch> SWATCHES = List.of(
            new Swatch("#0072B2", "#ffffff"),
            new Swatch("#D55E00", "#ffffff"),
            new Swatch("#009E73", "#ffffff"),
            new Swatch("#CC79A7", "#1a1a1a"),
            new Swatch("#E69F00", "#1a1a1a"),
            new Swatch("#56B4E9", "#1a1a1a"),
            new Swatch("#8C7A00", "#ffffff"),
            new Swatch("#555555", "#ffffff"));

    private Palette() {
    }

    /** The swatch for a segment index (wrapping after eight). */
    public static Swatch of(int segment) {
        return SWATCHES.get(Math.floorMod(segment, SWATCHES.size()));
    }
}
