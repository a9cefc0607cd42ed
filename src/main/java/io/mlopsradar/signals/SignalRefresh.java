package io.mlopsradar.signals;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Provenance;
import io.mlopsradar.catalog.Signals;
import io.mlopsradar.catalog.Snapshot;
import io.mlopsradar.catalog.Tool;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads today's signals of every chosen tool from every chosen source. One tool's failure is reported and the others
 * go on; progress goes to a listener (stderr in the CLI); the new snapshots, and the star counts they change, are
 * handed to the sink in one piece so they are written in one transaction.
 */
public final class SignalRefresh {
    private final List<SignalSource> sources;
    private final Consumer<String> progress;

    public SignalRefresh(List<SignalSource> sources, Consumer<String> progress) {
        this.sources = List.copyOf(sources);
        this.progress = progress;
    }

    /** Where a refresh's results are written, all at once. */
    @FunctionalInterface
    public interface Sink {
        void record(List<Snapshot> snapshots, List<Tool> updatedTools);
    }

    /** One tool and source: read, skipped (nothing there) or failed, with what changed since the previous snapshot. */
    public record Row(String tool, String source, String outcome, List<String> changes, String error) {
    }

    /** The run's report: a row per tool and source, and how many snapshots were written. */
    public record Report(List<Row> rows, int written) {
        public long failed() {
            return rows.stream().filter(r -> r.outcome().equals("failed")).count();
        }
    }

    public Report run(Catalog catalog, List<Tool> tools, LocalDate today, Sink sink) {
        var rows = new ArrayList<Row>();
        var snapshots = new ArrayList<Snapshot>();
        var updated = new LinkedHashMap<String, Tool>();
        int i = 0;
        for (Tool tool : tools) {
            i++;
            for (SignalSource source : sources) {
                progress.accept(String.format("[%d/%d] %s: %s", i, tools.size(), tool.id(), source.id()));
                try {
                    Optional<Snapshot> read = source.read(tool, today);
                    if (read.isEmpty()) {
                        rows.add(new Row(tool.id(), source.id(), "skipped", List.of(), null));
                        continue;
                    }
                    Snapshot s = read.get();
                    rows.add(new Row(tool.id(), source.id(), "read", changes(catalog.signals(), tool, s), null));
                    snapshots.add(s);
                    if (s.stars() != null && !s.stars().equals(tool.githubStars())) {
                        Tool base = updated.getOrDefault(tool.id(), tool);
                        updated.put(tool.id(), base.withStars(s.stars(), new Provenance(s.source(), s.asOf())));
                    }
                } catch (SourceException e) {
                    progress.accept("  failed: " + e.getMessage());
                    rows.add(new Row(tool.id(), source.id(), "failed", List.of(), e.getMessage()));
                } catch (RuntimeException e) {
                    progress.accept("  failed: " + e);
                    rows.add(new Row(tool.id(), source.id(), "failed", List.of(), String.valueOf(e.getMessage())));
                }
            }
        }
        if (!snapshots.isEmpty()) sink.record(snapshots, new ArrayList<>(updated.values()));
        return new Report(rows, snapshots.size());
    }

    /** What a new snapshot says differently from the newest earlier one that stated each value. */
    static List<String> changes(Signals known, Tool tool, Snapshot s) {
        var out = new ArrayList<String>();
        change(out, known, tool.id(), "stars", s, Snapshot::stars, tool.githubStars());
        change(out, known, tool.id(), "archived", s, Snapshot::archived, null);
        change(out, known, tool.id(), "last_commit", s, Snapshot::lastCommit, null);
        change(out, known, tool.id(), "latest_release", s, Snapshot::latestRelease, null);
        change(out, known, tool.id(), "latest_version", s, Snapshot::latestVersion, null);
        change(out, known, tool.id(), "license", s, Snapshot::license, tool.license());
        if (s.movedTo() != null) out.add("moved to " + s.movedTo());
        return out;
    }

    private static <T> void change(List<String> out, Signals known, String tool, String name, Snapshot s,
                                   Function<Snapshot, T> value, T fallback) {
        T now = value.apply(s);
        if (now == null) return;
        T before = known.latest(tool, value).map(Signals.Dated::value).orElse(fallback);
        if (!Objects.equals(before, now)) out.add(name + " " + (before == null ? "(none)" : before) + " → " + now);
    }

    /** The report in JSON: how many snapshots were written and failed, and every row as it is. */
    public record ReportJson(int written, long failed, List<Row> rows) {
    }

    /** The report as JSON: {written, failed, rows: [{tool, source, outcome, changes, error}]}. */
    public static ReportJson toJson(Report report) {
        return new ReportJson(report.written(), report.failed(), report.rows());
    }
}
