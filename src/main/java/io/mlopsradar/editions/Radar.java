package io.mlopsradar.editions;

import io.mlopsradar.text.ColumnLengths;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * A radar's identity and shape: 1 to 8 segments and 1 to 6 rings, innermost ring first.
 * Names are unique within their list, ignoring case.
 */
public record Radar(String name, String title, List<String> segments, List<String> rings) {
    public static final int MAX_SEGMENTS = 8;
    public static final int MAX_RINGS = 6;

    public Radar {
        require(name != null && !name.isBlank(), "a radar needs a name");
        require(title != null && !title.isBlank(), "radar '" + name + "' needs a title");
        fits("radar name", name, ColumnLengths.RADAR_NAME);
        fits("radar title", title, ColumnLengths.RADAR_TITLE);
        segments = checkedNames(segments, "segment", MAX_SEGMENTS);
        rings = checkedNames(rings, "ring", MAX_RINGS);
    }

    /** Position of a ring, 0 for the innermost; -1 when the radar has no such ring (case is ignored). */
    public int ringIndex(String ring) {
        return indexIgnoringCase(rings, ring);
    }

    /** Position of a segment; -1 when the radar has no such segment (case is ignored). */
    public int segmentIndex(String segment) {
        return indexIgnoringCase(segments, segment);
    }

    public boolean hasRing(String ring) {
        return ringIndex(ring) >= 0;
    }

    public boolean hasSegment(String segment) {
        return segmentIndex(segment) >= 0;
    }

    private static int indexIgnoringCase(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) if (names.get(i).equalsIgnoreCase(name)) return i;
        return -1;
    }

    private static List<String> checkedNames(List<String> names, String kind, int max) {
        require(names != null && !names.isEmpty(), "a radar needs at least one " + kind);
        require(names.size() <= max, "a radar has at most " + max + " " + kind + "s, not " + names.size());
        var seen = new HashSet<String>();
        for (String n : names) {
            require(n != null && !n.isBlank(), "a " + kind + " name must not be blank");
            require(seen.add(n.toLowerCase(Locale.ROOT)), kind + " '" + n + "' appears twice");
            fits(kind + " name", n, kind.equals("ring") ? ColumnLengths.BLIP_RING : ColumnLengths.BLIP_SEGMENT);
        }
        return List.copyOf(names);
    }

    private static void fits(String what, String value, int max) {
        String tooLong = ColumnLengths.tooLong(value, max);
        require(tooLong == null, what + " '" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "' " + tooLong);
    }

    private static void require(boolean condition, String message) {
        if (!condition) throw new IllegalArgumentException(message);
    }
}
