package io.mlopsradar.rings;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the policy knows beyond the catalogue: the year, and for one organisation its clouds, its trials and the
 * specialised cloud services it already relies on. The global radar uses {@link #global(int)}.
 */
public record RingContext(int year, Set<String> subscribedClouds, Map<String, TrialOutcome> trials,
                          List<String> specialisedServicesInUse) {

    public RingContext {
        subscribedClouds = subscribedClouds == null ? null : Set.copyOf(subscribedClouds);
        trials = Map.copyOf(trials);
        specialisedServicesInUse = List.copyOf(specialisedServicesInUse);
    }

    /** No organisation: nothing is known of clouds or trials. */
    public static RingContext global(int year) {
        return new RingContext(year, null, Map.of(), List.of());
    }

    public boolean knowsClouds() {
        return subscribedClouds != null;
    }
}
