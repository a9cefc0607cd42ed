package io.mlopsradar.drawing;

import java.util.List;

/** Colours for rings, innermost first: a light tint for regions and a strong ink for marks and text. */
final class RingColours {

    private static final List<String> TINTS = List.of("#d3f0dc", "#d6e9fb", "#fdf0c8", "#fbdcdc", "#e6e0f5",
            "#e5e7eb");
    private static final List<String> INKS = List.of("#1e7b3a", "#1864ab", "#b35c00", "#c92a2a", "#5f3dc4",
            "#495057");

    private RingColours() {
    }

    static String tint(int ring) {
        return TINTS.get(Math.floorMod(ring, TINTS.size()));
    }

    static String ink(int ring) {
        return INKS.get(Math.floorMod(ring, INKS.size()));
    }
}
