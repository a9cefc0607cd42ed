package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Activity;
import io.mlopsradar.catalog.Signals;
import io.mlopsradar.catalog.Status;
import io.mlopsradar.catalog.Tool;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a tool still has a future worth building on, from its status and dated signals ({@link Activity}) on the
 * advice's day. A tool that is gone (discontinued, superseded, archived, internal) is never offered; one that is
 * fading (dormant, in maintenance, winding down) may be offered, but never first while an active one serves the need.
 */
final class Vitality {
    static final Set<Activity.State> FADING = Set.of(Activity.State.DORMANT, Activity.State.MAINTENANCE, Activity.State.WINDING_DOWN);

    private final Signals signals;
    private final LocalDate day;

    Vitality(Signals signals, LocalDate day) {
        this.signals = signals;
        this.day = day;
    }

    boolean gone(Tool tool) {
        return tool.status() == Status.DISCONTINUED || tool.status() == Status.SUPERSEDED || tool.status() == Status.INTERNAL
                || activity(tool).state() == Activity.State.ARCHIVED || activity(tool).state() == Activity.State.DISCONTINUED;
    }

    /**
     * Why the tool is fading, with dates and source, if it is. Dormancy counts only when the snapshot showing the
     * last sign of life was read within {@link #FRESH} of the day: an old snapshot says nothing about the months
     * since, so a tool whose signals have not been refreshed is not called dormant on their strength alone.
     */
    Optional<String> fading(Tool tool) {
        Activity a = activity(tool);
        if (!FADING.contains(a.state())) return Optional.empty();
        if (a.state() == Activity.State.DORMANT && (a.evidence() == null || a.evidence().asOf().plus(FRESH).isBefore(day))) {
            return Optional.empty();
        }
        return Optional.of(a.state().id() + ": " + a.reason());
    }

    /** How recent a snapshot must be for the dormancy it shows to count. */
    static final java.time.Period FRESH = java.time.Period.ofMonths(12);

    private Activity activity(Tool tool) {
        return Activity.of(tool, signals, day);
    }
}
