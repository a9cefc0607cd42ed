package io.mlopsradar.rings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the policy knows beyond the catalogue: the year and the day (the policy's clock, from which ages and activity
 * are measured), and for one organisation its clouds, its trials and the specialised cloud services it already relies
 * on. The global radar uses {@link #on(LocalDate)}. Without a day, the clock is the end of the year.
 */
public record RingContext(int year, Set<String> subscribedClouds, Map<String, TrialOutcome> trials,
                          List<String> specialisedServicesInUse, LocalDate date) {

    public RingContext(int year, Set<String> subscribedClouds, Map<String, TrialOutcome> trials,
                       List<String> specialisedServicesInUse) {
        this(year, subscribedClouds, trials, specialisedServicesInUse, null);
    }

    public RingContext {
        subscribedClouds = subscribedClouds == null ? null : Set.copyOf(subscribedClouds);
        trials = Map.copyOf(trials);
        specialisedServicesInUse = List.copyOf(specialisedServicesInUse);
    }

    /** No organisation: nothing is known of clouds or trials. */
    public static RingContext global(int year) {
        return new RingContext(year, null, Map.of(), List.of());
    }

    /** No organisation, on a given day. */
    public static RingContext on(LocalDate day) {
        return new RingContext(day.getYear(), null, Map.of(), List.of(), day);
    }

    /** The same context on a given day. */
    public RingContext onDay(LocalDate day) {
        return new RingContext(day.getYear(), subscribedClouds, trials, specialisedServicesInUse, day);
    }

    /** The policy's clock: the day given, else the last day of the year. */
    public LocalDate clock() {
        return date != null ? date : LocalDate.of(year, 12, 31);
    }

    public boolean knowsClouds() {
        return subscribedClouds != null;
    }
}
