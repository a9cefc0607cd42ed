package io.mlopsradar.rings;

import io.mlopsradar.landscape.Framework;
import io.mlopsradar.landscape.RingBoundary;
import java.util.List;

/**
 * The rings drawn as regions of the landscape: risk grows toward the model-focused, all-in-one corner.
 * Ring index 0 is the innermost ring; moving right or up never lowers the index.
 */
public final class RegionMap {
    private final List<RingBoundary> boundaries;

    public RegionMap(Framework framework) {
        this.boundaries = framework.ringRegions();
    }

    /** The ring index (0 = innermost) of the region holding (x, y). */
    public int ringAt(double x, double y) {
        int ring = 0;
        for (RingBoundary b : boundaries) if (x >= b.xAt(y)) ring++;
        return ring;
    }

    /** How far (x, y) lies from the nearest ring boundary, measured along x; large means a clear case. */
    public double margin(double x, double y) {
        double margin = 1;
        for (RingBoundary b : boundaries) margin = Math.min(margin, Math.abs(x - b.xAt(y)));
        return margin;
    }
}
