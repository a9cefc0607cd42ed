package io.mlopsradar.store;

import io.mlopsradar.editions.PublishedEditionException;

import io.mlopsradar.editions.UnknownRadarException;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.EditionStatus;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.Radar;
import io.mlopsradar.text.JsonMappers;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.mlopsradar.audit.Actor;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Radars, their dated editions and blips. Every write runs in one transaction: all of it lands, or none. */
public final class RadarRepository {

    private final Jdbi jdbi;
    private final Clock clock;

    /** Stored rows are stamped with the time on {@code clock}. */
    public RadarRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * For reading, as most callers do; rows it writes are stamped by the system clock, so a caller that writes and
     * has a clock passes it.
     */
    public RadarRepository(Jdbi jdbi) {
        this(jdbi, Clock.systemUTC());
    }

    /** What saving a history did. */
    public record SaveResult(boolean radarCreated, int editionsAdded, int editionsReplaced, int editionsUnchanged) {
        public boolean changedNothing() {
            return !radarCreated && editionsAdded == 0 && editionsReplaced == 0;
        }
    }

    public List<Radar> all() {
        return jdbi.withHandle(RadarRepository::all);
    }

    private static List<Radar> all(Handle h) {
        return h.createQuery("SELECT name, title, segments, rings FROM radar ORDER BY name")
                .map((rs, ctx) -> radar(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    /** The radar of that name (any case), or {@link UnknownRadarException} naming the radars there are. */
    static Radar require(Handle h, String name) {
        return find(h, name).orElseThrow(() -> new UnknownRadarException(name, all(h)));
    }

    public Optional<Radar> find(String name) {
        return jdbi.withHandle(h -> find(h, name));
    }

    public Optional<History> history(String name) {
        return jdbi.withHandle(h -> find(h, name).map(r -> new History(r, editions(h, r.name()))));
    }

    /**
     * Saves a radar's editions atomically: creates the radar if needed, adds new editions, replaces drafts, keeps
     * identical editions as they are, and refuses to change a published edition (nothing is written then).
     */
    public SaveResult save(History history) {
        return save(history, e -> { });
    }

    /** Saves as {@link #save(History)} does, telling {@code stored} about each edition once it is written (or kept). */
    public SaveResult save(History history, Consumer<Edition> stored) {
        return Changes.inWriteTransaction(jdbi, h -> save(h, clock, history, stored));
    }

    /**
     * Saves as {@link #save(History, Consumer)} does, with an audit entry "radar.import" in the same transaction; the
     * rows and the entry are stamped with the time on {@code clock}.
     */
    public SaveResult save(History history, Consumer<Edition> stored, Actor actor, Clock clock, Object what) {
        return Changes.inWriteTransaction(jdbi, h -> {
            SaveResult result = save(h, clock, history, stored);
            AuditLog.append(h, clock, actor, "radar.import", "radar:" + history.radar().name(), null, Map.of("import", what,
                    "result", result));
            return result;
        });
    }

    static SaveResult save(Handle h, Clock clock, History history) {
        return save(h, clock, history, e -> { });
    }

    private static SaveResult save(Handle h, Clock clock, History history, Consumer<Edition> progress) {
        Radar radar = history.radar();
        Optional<Radar> existing = find(h, radar.name());
        if (existing.isPresent() && !sameShape(existing.get(), radar)) {
            throw new IllegalArgumentException("radar '" + radar.name() + "' exists with other segments or rings ("
                    + existing.get().segments() + " / " + existing.get().rings() + "); import with --mapping onto its names");
        }
        if (existing.isEmpty()) {
            h.createUpdate("INSERT INTO radar (name, title, segments, rings, created_at) VALUES (:n, :t, :s, :r, :now)")
                    .bind("n", radar.name()).bind("t", radar.title()).bind("s", json(radar.segments()))
                    .bind("r", json(radar.rings())).bind("now", OffsetDateTime.now(clock)).execute();
        }
        Map<LocalDate, Edition> stored = new HashMap<>();
        for (Edition e : editions(h, radar.name())) stored.put(e.date(), e);
        int added = 0, replaced = 0, unchanged = 0;
        for (Edition e : history.editions()) {
            Edition old = stored.get(e.date());
            if (old == null) {
                insertEdition(h, clock, radar.name(), e);
                added++;
            } else if (sameContent(old, e) || (old.isPublished() && sameBlips(old, e))) {
                // a draft that matches a published edition is the same edition: publishing cannot be undone
                unchanged++;
            } else if (old.isPublished()) {
                throw new PublishedEditionException(e.date(),
                        "replace the published edition of radar '" + radar.name() + "' with different blips");
            } else {
                h.createUpdate("DELETE FROM edition WHERE radar_name = :n AND edition_date = :d")
                        .bind("n", radar.name()).bind("d", e.date()).execute();
                insertEdition(h, clock, radar.name(), e);
                replaced++;
            }
            progress.accept(e);
        }
        return new SaveResult(existing.isEmpty(), added, replaced, unchanged);
    }

    /** Publishes a draft edition; a published edition never changes afterwards. */
    public void publish(String radarName, LocalDate date) {
        Changes.inWriteTransaction(jdbi, h -> {
            publish(h, clock, radarName, date);
            return null;
        });
    }

    static void publish(Handle h, Clock clock, String radarName, LocalDate date) {
        int n = h.createUpdate("UPDATE edition SET status = 'PUBLISHED', version = version + 1, updated_at = :now"
                        + " WHERE radar_name = :n AND edition_date = :d AND status = 'DRAFT'")
                .bind("n", radarName).bind("d", date).bind("now", OffsetDateTime.now(clock)).execute();
        if (n == 0) throw new java.util.NoSuchElementException("radar '" + radarName + "' has no draft edition on " + date);
    }

    static void insertEdition(Handle h, Clock clock, String radarName, Edition e) {
        long id = h.createUpdate("INSERT INTO edition (radar_name, edition_date, status, version, updated_at)"
                        + " VALUES (:n, :d, :s, 1, :now)")
                .bind("n", radarName).bind("d", e.date()).bind("s", e.status().name()).bind("now", OffsetDateTime.now(clock))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        var batch = h.prepareBatch("INSERT INTO blip (edition_id, blip_key, name, ring, segment, note)"
                + " VALUES (:e, :k, :name, :ring, :segment, :note)");
        for (Blip b : e.blips()) {
            batch.bind("e", id).bind("k", b.key()).bind("name", b.name()).bind("ring", b.ring())
                    .bind("segment", b.segment()).bind("note", b.note()).add();
        }
        if (!e.blips().isEmpty()) batch.execute();
    }

    static Optional<Radar> find(Handle h, String name) {
        return h.createQuery("SELECT name, title, segments, rings FROM radar WHERE LOWER(name) = LOWER(:n)").bind("n", name)
                .map((rs, ctx) -> radar(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).findOne();
    }

    static List<Edition> editions(Handle h, String radarName) {
        record Row(long id, LocalDate date, String status) {
        }
        List<Row> rows = h.createQuery("SELECT id, edition_date, status FROM edition WHERE radar_name = :n ORDER BY edition_date")
                .bind("n", radarName)
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3))).list();
        Map<Long, List<Blip>> blips = new HashMap<>();
        h.createQuery("SELECT b.edition_id, b.blip_key, b.name, b.ring, b.segment, b.note FROM blip b"
                        + " JOIN edition e ON e.id = b.edition_id WHERE e.radar_name = :n ORDER BY b.blip_key")
                .bind("n", radarName)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new Blip(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))))
                .forEach(en -> blips.computeIfAbsent(en.getKey(), k -> new ArrayList<>()).add(en.getValue()));
        return rows.stream().map(r -> new Edition(r.date(), EditionStatus.valueOf(r.status()),
                blips.getOrDefault(r.id(), List.of()))).toList();
    }

    static boolean sameShape(Radar a, Radar b) {
        return lower(a.segments()).equals(lower(b.segments())) && lower(a.rings()).equals(lower(b.rings()));
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(String::toLowerCase).toList();
    }

    static boolean sameContent(Edition a, Edition b) {
        return a.status() == b.status() && sameBlips(a, b);
    }

    private static boolean sameBlips(Edition a, Edition b) {
        return sorted(a.blips()).equals(sorted(b.blips()));
    }

    private static List<Blip> sorted(List<Blip> blips) {
        return blips.stream().sorted(java.util.Comparator.comparing(Blip::key)).toList();
    }

    private static Radar radar(String name, String title, String segments, String rings) {
        List<String> segmentNames;
        List<String> ringNames;
        try {
            segmentNames = JsonMappers.strings(segments);
            ringNames = JsonMappers.strings(rings);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("stored radar '" + name + "' cannot be read", e);
        }
        return new Radar(name, title, segmentNames, ringNames);
    }

    private static String json(List<String> names) {
        try {
            return ToolRepository.JSON.writeValueAsString(names);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
