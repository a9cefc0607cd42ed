package io.mlopsradar.editions;

/**
 * How a blip changed against the previous published edition. "In" means toward the innermost ring.
 * REMOVED blips were on the previous edition and are gone now; RETURNED blips were absent from the previous edition
 * but appeared on an earlier one.
 */
public enum Movement {
    NEW, MOVED_IN, MOVED_OUT, UNCHANGED, REMOVED, RETURNED;

    /** MOVED_IN, MOVED_OUT or UNCHANGED for a blip going from one ring index to another. */
    public static Movement between(int fromRing, int toRing) {
        if (toRing < fromRing) return MOVED_IN;
        if (toRing > fromRing) return MOVED_OUT;
        return UNCHANGED;
    }
}
