package io.mlopsradar.editions;

import java.util.List;
import java.util.Locale;
/**
 * How a blip changed against the previous published edition. "In" means toward the innermost ring.
 * REMOVED blips were on the previous edition and are gone now; RETURNED blips were absent from the previous edition
 * but appeared on an earlier one.
 */
public enum Movement {
    NEW, MOVED_IN, MOVED_OUT, UNCHANGED, REMOVED, RETURNED;

    /** The movements an edition's summary counts, in the order pages and tables show them. */
    public static final List<Movement> CHANGES = List.of(NEW, MOVED_IN, MOVED_OUT, REMOVED, RETURNED);

    /** The movement in words, as pages and pictures show it: "new", "moved in", … */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The movement as a JSON key or table column: "new", "moved_in", … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** MOVED_IN, MOVED_OUT or UNCHANGED for a blip going from one ring index to another. */
    public static Movement between(int fromRing, int toRing) {
        if (toRing < fromRing) return MOVED_IN;
        if (toRing > fromRing) return MOVED_OUT;
        return UNCHANGED;
    }
}
