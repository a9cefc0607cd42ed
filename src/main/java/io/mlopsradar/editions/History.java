package io.mlopsradar.editions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A radar with its editions in date order (one edition per date), answering how blips moved between editions.
 * Every blip must sit on one of the radar's rings and segments.
 */
public final class History {
    private final Radar radar;
    private final List<Edition> editions;

    public History(Radar radar, List<Edition> editions) {
        this.radar = radar;
        this.editions = editions.stream().sorted(Comparator.comparing(Edition::date)).toList();
        for (int i = 1; i < this.editions.size(); i++) {
            if (this.editions.get(i).date().equals(this.editions.get(i - 1).date())) {
                throw new IllegalArgumentException("two editions of radar '" + radar.name() + "' on " + this.editions.get(i).date());
            }
        }
        this.editions.forEach(this::checkFits);
    }

    public Radar radar() {
        return radar;
    }

    public List<Edition> editions() {
        return editions;
    }

    public List<Edition> published() {
        return editions.stream().filter(Edition::isPublished).toList();
    }

    public Optional<Edition> find(LocalDate date) {
        return editions.stream().filter(e -> e.date().equals(date)).findFirst();
    }

    public Edition edition(LocalDate date) {
        return find(date).orElseThrow(() -> new NoSuchElementException("radar '" + radar.name() + "' has no edition on " + date));
    }

    public Optional<Edition> latestPublished() {
        var all = published();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The edition shown when none is asked for: the latest published one, else the latest draft. */
    public Optional<Edition> defaultEdition() {
        return latestPublished().or(() -> editions.isEmpty() ? Optional.empty() : Optional.of(editions.get(editions.size() - 1)));
    }

    /** Adds an edition or replaces a draft on the same date; replacing a published edition is refused. */
    public History with(Edition edition) {
        var changed = new ArrayList<Edition>();
        for (Edition e : editions) {
            if (!e.date().equals(edition.date())) changed.add(e);
            else if (e.isPublished()) throw new PublishedEditionException(e.date(), "replace the edition");
        }
        changed.add(edition);
        return new History(radar, changed);
    }

    /** Each blip of the edition with its movement against the previous published edition, then the removed blips. */
    public List<BlipMovement> movements(LocalDate date) {
        Edition current = edition(date);
        List<Edition> before = published().stream().filter(e -> e.date().isBefore(date)).toList();
        return new MovementRules(radar).movements(current, before);
    }

    /** The blip's life: one entry per edition it is on, and one (ring null) for each edition that removed it. */
    public List<TimelineEntry> timeline(String key) {
        var entries = new ArrayList<TimelineEntry>();
        for (Edition e : editions) {
            movements(e.date()).stream().filter(m -> m.key().equals(key)).findFirst()
                    .ifPresent(m -> entries.add(entry(e.date(), m)));
        }
        return entries;
    }

    private static TimelineEntry entry(LocalDate date, BlipMovement m) {
        return m.movement() == Movement.REMOVED
                ? new TimelineEntry(date, null, null, Movement.REMOVED)
                : new TimelineEntry(date, m.blip().ring(), m.blip().note(), m.movement());
    }

    /** Every blip's timeline at once (one pass over the editions), by key; each list as {@link #timeline(String)} gives it. */
    public Map<String, List<TimelineEntry>> timelines() {
        var all = new LinkedHashMap<String, List<TimelineEntry>>();
        for (Edition e : editions) {
            for (BlipMovement m : movements(e.date())) {
                all.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(entry(e.date(), m));
            }
        }
        return all;
    }

    /** Compares any two editions, whatever their status and order. */
    public EditionDiff diff(LocalDate from, LocalDate to) {
        return new MovementRules(radar).diff(edition(from), edition(to));
    }

    private void checkFits(Edition edition) {
        for (Blip b : edition.blips()) {
            if (!radar.hasRing(b.ring())) {
                throw new IllegalArgumentException("blip '" + b.key() + "' on edition " + edition.date() + " has ring '" + b.ring()
                        + "', which radar '" + radar.name() + "' does not have (rings: " + String.join(", ", radar.rings()) + ")");
            }
            if (!radar.hasSegment(b.segment())) {
                throw new IllegalArgumentException("blip '" + b.key() + "' on edition " + edition.date() + " has segment '" + b.segment()
                        + "', which radar '" + radar.name() + "' does not have (segments: " + String.join(", ", radar.segments()) + ")");
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof History h && h.radar.equals(radar) && h.editions.equals(editions);
    }

    @Override
    public int hashCode() {
        return radar.hashCode() * 31 + editions.hashCode();
    }

    @Override
    public String toString() {
        return "History[" + radar + ", " + editions + "]";
    }
}
