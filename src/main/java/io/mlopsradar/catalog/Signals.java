package io.mlopsradar.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Dated snapshots of every tool's signals, a history per tool in date order. */
public final class Signals {
    private static final Signals NONE = new Signals(List.of());

    private final Map<String, List<Snapshot>> byTool = new TreeMap<>();

    public Signals(List<Snapshot> snapshots) {
        for (Snapshot s : snapshots) byTool.computeIfAbsent(s.tool(), k -> new ArrayList<>()).add(s);
        byTool.replaceAll((k, v) -> v.stream().sorted(Comparator.comparing(Snapshot::asOf)).toList());
    }

    public static Signals none() {
        return NONE;
    }

    /** Every snapshot of a tool, oldest first. */
    public List<Snapshot> history(String tool) {
        return byTool.getOrDefault(tool, List.of());
    }

    public List<Snapshot> all() {
        return byTool.values().stream().flatMap(List::stream).toList();
    }

    /** Only what was known on {@code day}: snapshots taken that day or before. */
    public Signals knownOn(LocalDate day) {
        return new Signals(all().stream().filter(s -> !s.asOf().isAfter(day)).toList());
    }

    /** A tool's snapshots taken on {@code day} or before, oldest first. */
    public List<Snapshot> historyOn(String tool, LocalDate day) {
        return history(tool).stream().filter(s -> !s.asOf().isAfter(day)).toList();
    }

    /** The newest snapshot of a tool that states a value, with that value. */
    public <T> Optional<Dated<T>> latest(String tool, Function<Snapshot, T> value) {
        return latestOf(history(tool), value);
    }

    private static <T> Optional<Dated<T>> latestOf(List<Snapshot> h, Function<Snapshot, T> value) {
        for (int i = h.size() - 1; i >= 0; i--) {
            T v = value.apply(h.get(i));
            if (v != null) return Optional.of(new Dated<>(v, h.get(i).provenance()));
        }
        return Optional.empty();
    }

    /** The value stated by the newest snapshot taken on or before {@code day}. */
    public <T> Optional<Dated<T>> onOrBefore(String tool, LocalDate day, Function<Snapshot, T> value) {
        return latestOf(historyOn(tool, day), value);
    }

    /** The newest day any snapshot was taken, if any. */
    public Optional<LocalDate> newest() {
        return all().stream().map(Snapshot::asOf).max(Comparator.naturalOrder());
    }

    public Signals plus(List<Snapshot> more) {
        var merged = new ArrayList<>(all());
        merged.addAll(more);
        return new Signals(merged);
    }

    /** A value with where and when it was read. */
    public record Dated<T>(T value, Provenance provenance) {
    }
}
