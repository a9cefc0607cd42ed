package io.mlopsradar.catalog;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.Optional;

/**
 * Whether a tool is alive on a given day, from its status (with its source) and its dated signals: archived,
 * discontinued, winding down, in maintenance only, dormant (no commit and no release for {@link #DORMANT_AFTER}),
 * or active. The advisor and the ring policy read the same answer; {@link #reason()} says why, with dates.
 */
public record Activity(State state, String reason, LocalDate since, Provenance evidence) {
    /** How long without a commit or a release before a tool counts as dormant. */
    public static final Period DORMANT_AFTER = Period.ofMonths(18);
    /**
     * Dormancy needs evidence: a snapshot that itself saw this long a silence, or one read within this long before
     * the clock. Otherwise the last sign of life is only old news and the activity is unverified.
     */
    public static final Period EVIDENCE_WINDOW = Period.ofMonths(12);

    /** How alive a tool is. */
    public enum State {
        ACTIVE("active"), UNVERIFIED("unverified"), MAINTENANCE("maintenance"), DORMANT("dormant"), WINDING_DOWN("winding-down"),
        DISCONTINUED("discontinued"), ARCHIVED("archived");

        private final String id;

        State(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** True when nothing new should start on it: archived, discontinued, winding down or dormant. */
    public boolean endangered() {
        return state == State.ARCHIVED || state == State.DISCONTINUED || state == State.WINDING_DOWN || state == State.DORMANT;
    }

    /** The activity of a tool on {@code day}, using only the status and snapshots known on that day. */
    public static Activity of(Tool tool, Signals signals, LocalDate day) {
        var archived = signals.onOrBefore(tool.id(), day, Snapshot::archived);
        if (archived.isPresent() && archived.get().value()) {
            Provenance p = archived.get().provenance();
            return new Activity(State.ARCHIVED, "its repository is archived (" + cite(p) + ")", p.asOf(), p);
        }
        Status status = tool.statusOn(day);
        Provenance statusSource = tool.provenance(Fact.STATUS).orElse(null);
        String note = tool.statusNote() == null ? "" : ": " + tool.statusNote();
        String since = tool.statusSince() == null ? "" : " since " + tool.statusSince();
        String cited = statusSource == null ? " (source unknown)" : " (" + cite(statusSource) + ")";
        switch (status) {
            case DISCONTINUED, SUPERSEDED -> {
                return new Activity(State.DISCONTINUED, status.id() + since + note + cited, tool.statusSince(), statusSource);
            }
            case WINDING_DOWN -> {
                return new Activity(State.WINDING_DOWN, "winding down" + since + note + cited, tool.statusSince(), statusSource);
            }
            default -> { }
        }
        if (status == Status.MAINTENANCE) {
            return new Activity(State.MAINTENANCE, "in maintenance mode" + since + note + cited, tool.statusSince(), statusSource);
        }
        Optional<Snapshot> last = lastSignOfLife(signals.historyOn(tool.id(), day));
        if (last.isPresent() && last.get().lastActivity().plus(DORMANT_AFTER).isBefore(day)) {
            Snapshot s = last.get();
            Snapshot seen = lastLook(signals.historyOn(tool.id(), day));
            boolean sawSilence = !s.lastActivity().plus(EVIDENCE_WINDOW).isAfter(seen.asOf());
            boolean recent = !seen.asOf().plus(EVIDENCE_WINDOW).isBefore(day);
            if (sawSilence || recent) {
                return new Activity(State.DORMANT, "no commit and no release since " + s.lastActivity() + ", more than "
                        + DORMANT_AFTER.toTotalMonths() + " months before " + day + " (" + cite(seen.provenance()) + ")",
                        s.lastActivity(), seen.provenance());
            }
            return new Activity(State.UNVERIFIED, "last commit or release on " + s.lastActivity() + ", and nothing was read since "
                    + seen.asOf() + " (" + seen.source() + "): refresh its signals before relying on it", s.lastActivity(),
                    seen.provenance());
        }
        return last.map(s -> new Activity(State.ACTIVE, "last commit or release on " + s.lastActivity() + " ("
                        + cite(s.provenance()) + ")", s.lastActivity(), s.provenance()))
                .orElseGet(() -> new Activity(State.ACTIVE, "no dated commit or release on record", null, null));
    }

    /** The snapshot showing the latest commit or release, among those known. */
    static Optional<Snapshot> lastSignOfLife(java.util.List<Snapshot> known) {
        return known.stream().filter(s -> s.lastActivity() != null)
                .max(Comparator.comparing(Snapshot::lastActivity).thenComparing(Snapshot::asOf));
    }

    /** The newest snapshot that looked at commits or releases. */
    private static Snapshot lastLook(java.util.List<Snapshot> known) {
        return known.stream().filter(s -> s.lastActivity() != null).max(Comparator.comparing(Snapshot::asOf)).orElseThrow();
    }

    /** "best-of-ml-python 2025-06-26, as of 2025-06-26" or "https://…, as of 2026-11-20". */
    public static String cite(Provenance p) {
        return p.source() + ", as of " + p.asOf();
    }
}
