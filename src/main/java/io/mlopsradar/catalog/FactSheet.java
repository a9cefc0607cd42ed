package io.mlopsradar.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every fact of a tool that can change, with its value, where and when it was read, and whether it is stale (read
 * longer ago than the configured age): the entry's own facts and the newest signals. Page, API and CLI show this.
 */
public record FactSheet(String tool, LocalDate today, Period staleAfter, List<Line> lines, Activity activity) {
    /** A year: facts read longer ago than this are marked stale unless configured otherwise. */
    public static final Period DEFAULT_STALE_AFTER = Period.ofDays(365);

    public FactSheet {
        lines = List.copyOf(lines);
    }

    /** One fact: its id and label, its value in words, and its provenance (null when no source is recorded). */
    public record Line(String fact, String label, String value, Provenance provenance, boolean stale) {

        /** "21,034, best-of-ml-python 2025-06-26, as of 2025-06-26" or "…, source unknown". */
        public String cited() {
            return value + ", " + (provenance == null ? "source unknown" : Activity.cite(provenance)) + (stale ? " (stale)" : "");
        }
    }

    public static FactSheet of(Tool t, Signals signals, LocalDate today, Period staleAfter) {
        var lines = new ArrayList<Line>();
        Function<Provenance, Boolean> stale = p -> p != null && p.staleOn(today, staleAfter);
        entry(lines, t, Fact.LICENSE, t.license(), stale);
        entry(lines, t, Fact.FIRST_RELEASE, t.firstRelease() == null ? null : String.valueOf(t.firstRelease()), stale);
        entry(lines, t, Fact.STEWARD, t.steward(), stale);
        entry(lines, t, Fact.STATUS, t.status().id() + (t.statusSince() == null ? "" : " since " + t.statusSince()), stale);
        entry(lines, t, Fact.STATUS_NOTE, t.statusNote(), stale);
        entry(lines, t, Fact.GITHUB_STARS, t.githubStars() == null ? null : String.format("%,d", t.githubStars()), stale);
        entry(lines, t, Fact.HOMEPAGE, t.homepage(), stale);
        entry(lines, t, Fact.REPOSITORY, t.repository(), stale);
        signal(lines, signals, t.id(), "last_commit", "Last commit", Snapshot::lastCommit, today, stale);
        signal(lines, signals, t.id(), "latest_release", "Latest release", Snapshot::latestRelease, today, stale);
        signal(lines, signals, t.id(), "latest_version", "Latest version", Snapshot::latestVersion, today, stale);
        signal(lines, signals, t.id(), "archived", "Archived", Snapshot::archived, today, stale);
        signal(lines, signals, t.id(), "open_issues", "Open issues", Snapshot::openIssues, today, stale);
        signal(lines, signals, t.id(), "contributors", "Contributors", Snapshot::contributors, today, stale);
        return new FactSheet(t.id(), today, staleAfter, lines, Activity.of(t, signals, today));
    }

    private static void entry(List<Line> lines, Tool t, Fact fact, String value, Function<Provenance, Boolean> stale) {
        if (value == null) return;
        Provenance p = t.provenance(fact).orElse(null);
        lines.add(new Line(fact.id(), fact.label(), value, p, stale.apply(p)));
    }

    private static <T> void signal(List<Line> lines, Signals signals, String tool, String id, String label,
                                   Function<Snapshot, T> value, LocalDate today, Function<Provenance, Boolean> stale) {
        signals.onOrBefore(tool, today, value).ifPresent(d -> lines.add(new Line(id, label,
                d.value() instanceof Integer n ? String.format("%,d", n) : String.valueOf(d.value()), d.provenance(),
                stale.apply(d.provenance()))));
    }

    /** The stale lines only. */
    public List<Line> staleLines() {
        return lines.stream().filter(Line::stale).toList();
    }

    /** One fact in JSON: its value, source and as_of (null when unknown) and whether it is stale. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record FactJson(String value, String source, String asOf, boolean stale) {
    }

    /** The activity in JSON: state, reason and since. */
    public record ActivityJson(String state, String reason, String since) {
    }

    /** The JSON shape: {fact: {value, source, as_of, stale}}, source and as_of null when unknown. */
    public Map<String, FactJson> toJson() {
        var out = new LinkedHashMap<String, FactJson>();
        for (Line l : lines) {
            out.put(l.fact(), new FactJson(l.value(), l.provenance() == null ? null : l.provenance().source(),
                    l.provenance() == null ? null : l.provenance().asOf().toString(), l.stale()));
        }
        return out;
    }

    /** The JSON shape of the activity: {state, reason, since}. */
    public ActivityJson activityJson() {
        return new ActivityJson(activity.state().id(), activity.reason(), activity.since() == null ? null : activity.since().toString());
    }
}
