package io.mlopsradar.rings;

import io.mlopsradar.catalog.CuratorOverride;
import io.mlopsradar.landscape.Position;
import java.util.List;

/**
 * A tool's place on the radar: the ring shown, the ring the policy computed, how confident the policy is, and
 * every reason. A curator's override changes {@code ring} but {@code computedRing} and the reasons stay.
 */
public record Assessment(String toolId, Position position, String quadrant, String ring, String computedRing,
                         double confidence, List<Reason> reasons, CuratorOverride override) {

    public Assessment {
        reasons = List.copyOf(reasons);
    }

    public boolean overridden() {
        return override != null && !override.ring().equals(computedRing);
    }

    /** high, medium or low, from the confidence number. */
    public String confidenceLabel() {
        return confidence >= 0.75 ? "high" : confidence >= 0.5 ? "medium" : "low";
    }
}
