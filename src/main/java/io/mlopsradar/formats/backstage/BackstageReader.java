package io.mlopsradar.formats.backstage;

import io.mlopsradar.editions.Edition;
import io.mlopsradar.formats.ImportOptions;
import io.mlopsradar.formats.RadarDocument;
import io.mlopsradar.formats.TextRadarReader;
import io.mlopsradar.formats.internal.BlipCollector;
import io.mlopsradar.formats.internal.ImportLog;
import io.mlopsradar.formats.internal.NameMapping;
import io.mlopsradar.formats.internal.RadarShape;
import io.mlopsradar.formats.internal.Row;
import io.mlopsradar.input.Fields;
import io.mlopsradar.input.JsonFile;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Node;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads a Backstage TechRadarLoaderResponse. Every distinct timeline date becomes a published edition holding each
 * entry's latest timeline item at or before that date, whatever order the file lists the items in.
 */
public final class BackstageReader implements TextRadarReader {

    @Override
    public RadarDocument read(String file, String content, ImportOptions options) {
        Node root = JsonFile.parse(file, content);
        var log = new ImportLog(options.lenient());
        var head = new Row(file, root.line(), "");
        var top = new Fields(file, root, "", head.problems());
        Map<String, String> quadrants = ids(top, "quadrants");
        Map<String, String> rings = ids(top, "rings");
        Node entries = root.get("entries");
        if (entries == null || !entries.isSequence()) top.problem("entries", "missing list of entries");
        head.problems().forEach(log::fail);
        log.throwIfFailed();
        var names = new NameMapping(options);
        var read = new ArrayList<BackstageEntry>();
        var keys = new BlipCollector(log);
        for (int i = 0; i < entries.items().size(); i++) {
            Node item = entries.items().get(i);
            var row = new Row(file, item.line(), "entries[" + i + "].");
            BackstageEntry entry = entry(new Fields(file, item, row.prefix(), row.problems()), row, names, quadrants, rings);
            if (keys.accept(row, entry == null ? null : entry.key(), "key")) read.add(entry);
        }
        log.throwIfFailed();
        var editions = editions(read);
        var declared = new Row(file, root.line(), "");
        var segments = quadrants.values().stream().map(q -> names.segment(declared, "quadrants", q)).toList();
        var ringNames = rings.values().stream().map(r -> names.ring(declared, "rings", r)).toList();
        if (!declared.ok()) throw new InvalidInputException(declared.problems());
        var radar = RadarShape.of(file, options, List.of(), segments, ringNames);
        return new RadarDocument(radar, editions, log.skipped());
    }

    private static List<Edition> editions(List<BackstageEntry> entries) {
        var dates = new TreeSet<LocalDate>();
        entries.forEach(e -> e.timeline().forEach(s -> dates.add(s.date())));
        var editions = new ArrayList<Edition>();
        for (LocalDate date : dates) {
            editions.add(Edition.published(date, entries.stream().flatMap(e -> e.on(date).stream()).toList()));
        }
        return editions;
    }

    /** Their id to their name, in file order. */
    private static Map<String, String> ids(Fields top, String field) {
        var out = new LinkedHashMap<String, String>();
        Node list = top.node().get(field);
        if (list == null || !list.isSequence() || list.items().isEmpty()) {
            top.problem(field, "missing list of " + field + " with id and name");
            return out;
        }
        for (int i = 0; i < list.items().size(); i++) {
            var f = new Fields(top.file(), list.items().get(i), field + "[" + i + "].", new ArrayList<>());
            String id = f.optional("id");
            String name = f.optional("name");
            if (id == null || name == null) top.problem(field, "item " + i + " needs an id and a name");
            else out.put(id, name);
        }
        return out;
    }

    private static BackstageEntry entry(Fields f, Row row, NameMapping names, Map<String, String> quadrants, Map<String, String> rings) {
        f.onlyKeys(List.of("id", "key", "title", "quadrant", "description", "links", "timeline", "url"));
        String keyField = f.optional("key") != null ? "key" : "id";
        String key = NameMapping.blipKey(row, keyField, f.optional("key") != null ? f.optional("key") : f.required("id"));
        String title = NameMapping.blipName(row, "title", f.required("title"));
        String segment = known(f, "quadrant", f.required("quadrant"), quadrants, names::segment);
        String fallbackNote = f.optional("description");
        Node timeline = f.node().get("timeline");
        var steps = new ArrayList<BackstageEntry.Step>();
        if (timeline == null || timeline.items().isEmpty()) f.problem("timeline", "needs at least one timeline item");
        var seen = new HashSet<LocalDate>();
        for (int j = 0; timeline != null && j < timeline.items().size(); j++) {
            var t = new Fields(f.file(), timeline.items().get(j), row.prefix() + "timeline[" + j + "].", row.problems());
            BackstageEntry.Step step = step(t, names, rings, fallbackNote);
            if (step != null && !seen.add(step.date())) t.problem("date", "two timeline items on " + step.date());
            steps.add(step);
        }
        return row.ok() ? new BackstageEntry(key, title, segment, steps) : null;
    }

    private static BackstageEntry.Step step(Fields t, NameMapping names, Map<String, String> rings, String fallbackNote) {
        t.onlyKeys(List.of("date", "ringId", "description", "moved"));
        LocalDate date = date(t);
        String ring = known(t, "ringId", t.required("ringId"), rings, names::ring);
        Integer moved = t.integer("moved", false);
        if (moved != null && (moved < -1 || moved > 1)) t.problem("moved", moved + " is not -1, 0 or 1");
        String note = t.node().has("description") ? t.optional("description") : fallbackNote;
        return date == null || ring == null ? null : new BackstageEntry.Step(date, ring, note == null || note.isBlank() ? null : note);
    }

    private interface Resolver {
        String resolve(Row row, String field, String theirs);
    }

    private static String known(Fields f, String field, String id, Map<String, String> declared, Resolver resolver) {
        if (id == null) return null;
        if (!declared.containsKey(id)) {
            f.problem(field, "'" + id + "' is not one of the declared ids: " + String.join(", ", declared.keySet()));
            return null;
        }
        var scratch = new Row(f.file(), 0, "");
        String ours = resolver.resolve(scratch, field, declared.get(id));
        scratch.problems().forEach(p -> f.problem(field, p.message()));
        return ours;
    }

    private static LocalDate date(Fields t) {
        String text = t.required("date");
        if (text == null) return null;
        try {
            return text.length() > 10 ? OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate() : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            t.problem("date", "'" + text + "' is not a date like 2024-01-31 or 2024-01-31T00:00:00.000Z");
            return null;
        }
    }
}
