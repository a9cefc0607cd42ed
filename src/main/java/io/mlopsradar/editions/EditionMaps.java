package io.mlopsradar.editions;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The documented JSON shapes of radars, edition summaries, blip movements, diffs and timelines, as ordered maps with
 * snake_case keys, shared by the command line, the HTTP API and the static site.
 */
public final class EditionMaps {
    private EditionMaps() {
    }

    /** A movement as text: {@code new}, {@code moved-in}, {@code moved-out}, {@code unchanged}, {@code removed}, {@code returned}. */
    public static String name(Movement movement) {
        return movement.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Map<String, Object> radar(Radar radar) {
        var m = new LinkedHashMap<String, Object>();
        m.put("name", radar.name());
        m.put("title", radar.title());
        m.put("segments", radar.segments());
        m.put("rings", radar.rings());
        return m;
    }

    /** The radar with how many editions it has, its latest edition and its latest published edition. */
    public static Map<String, Object> overview(History history) {
        var m = radar(history.radar());
        List<Edition> all = history.editions();
        m.put("editions", all.size());
        m.put("latest", all.isEmpty() ? null : all.get(all.size() - 1).date());
        m.put("latest_published", history.latestPublished().map(Edition::date).orElse(null));
        return m;
    }

    /** Date, status, blip count and how many blips came, moved, left and returned against the previous published edition. */
    public static Map<String, Object> summary(Edition edition, List<BlipMovement> movements) {
        var m = new LinkedHashMap<String, Object>();
        m.put("date", edition.date());
        m.put("status", edition.status().name().toLowerCase(Locale.ROOT));
        m.put("blips", edition.blips().size());
        for (Movement kind : Movement.CHANGES) {
            m.put(kind.key(), movements.stream().filter(b -> b.movement() == kind).count());
        }
        return m;
    }

    /** The columns of an edition's summary, as tables print them. */
    public static List<String> summaryColumns() {
        var columns = new java.util.ArrayList<>(List.of("date", "status", "blips"));
        Movement.CHANGES.forEach(kind -> columns.add(kind.key()));
        return columns;
    }

    public static List<Map<String, Object>> summaries(History history) {
        return history.editions().stream().map(e -> summary(e, history.movements(e.date()))).toList();
    }

    /** One blip with its movement; for a removed blip, the ring is the one it left from. */
    public static Map<String, Object> movement(BlipMovement b) {
        var m = blip(b.blip());
        m.put("movement", name(b.movement()));
        m.put("previous_ring", b.previousRing());
        m.put("returned_from", b.returnedFrom());
        m.put("note", b.blip().note());
        return m;
    }

    /** An edition with its blips (with movement) and, apart, the blips it removed. */
    public static Map<String, Object> edition(History history, LocalDate date) {
        List<BlipMovement> movements = history.movements(date);
        var m = summary(history.edition(date), movements);
        m.put("entries", movements.stream().filter(b -> b.movement() != Movement.REMOVED).map(EditionMaps::movement).toList());
        m.put("removed_entries", movements.stream().filter(b -> b.movement() == Movement.REMOVED).map(EditionMaps::movement).toList());
        return m;
    }

    public static Map<String, Object> diff(LocalDate from, LocalDate to, EditionDiff diff) {
        var m = new LinkedHashMap<String, Object>();
        m.put("from", from);
        m.put("to", to);
        m.put("added", diff.added().stream().map(EditionMaps::blip).toList());
        m.put("removed", diff.removed().stream().map(EditionMaps::blip).toList());
        m.put("moved_in", diff.movedIn().stream().map(EditionMaps::change).toList());
        m.put("moved_out", diff.movedOut().stream().map(EditionMaps::change).toList());
        m.put("unchanged", diff.unchanged().size());
        return m;
    }

    public static Map<String, Object> timeline(Radar radar, String key, List<TimelineEntry> entries) {
        var m = new LinkedHashMap<String, Object>();
        m.put("radar", radar.name());
        m.put("key", key);
        m.put("entries", entries.stream().map(e -> {
            var t = new LinkedHashMap<String, Object>();
            t.put("date", e.date());
            t.put("ring", e.ring());
            t.put("movement", name(e.movement()));
            t.put("note", e.note());
            return t;
        }).toList());
        return m;
    }

    private static Map<String, Object> blip(Blip b) {
        var m = new LinkedHashMap<String, Object>();
        m.put("key", b.key());
        m.put("name", b.name());
        m.put("ring", b.ring());
        m.put("segment", b.segment());
        return m;
    }

    private static Map<String, Object> change(RingChange c) {
        var m = blip(c.blip());
        m.put("from_ring", c.fromRing());
        return m;
    }
}
