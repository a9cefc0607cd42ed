package io.mlopsradar.formats.own;

import io.mlopsradar.editions.EditionDates;
import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.EditionStatus;
import io.mlopsradar.editions.BlipKeys;
import io.mlopsradar.editions.Radar;
import io.mlopsradar.formats.ImportOptions;
import io.mlopsradar.formats.RadarDocument;
import io.mlopsradar.formats.TextRadarReader;
import io.mlopsradar.formats.internal.BlipCollector;
import io.mlopsradar.formats.internal.ImportLog;
import io.mlopsradar.formats.internal.NameMapping;
import io.mlopsradar.formats.internal.Row;
import io.mlopsradar.input.Fields;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Node;
import io.mlopsradar.input.Problem;
import io.mlopsradar.input.YamlFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads our own lossless YAML: the radar, then every edition with its date, status and blips. */
public final class OwnYamlReader implements TextRadarReader {
    static final List<String> TOP_KEYS = List.of("format", "radar", "editions");
    static final List<String> BLIP_KEYS = List.of("key", "name", "ring", "segment", "note");

    @Override
    public RadarDocument read(String file, String content, ImportOptions options) {
        Node root = YamlFile.parse(file, content);
        var problems = new ArrayList<Problem>();
        var top = new Fields(file, root, "", problems);
        top.onlyKeys(TOP_KEYS);
        String format = top.optional("format");
        if (format != null && !format.equals(OwnYamlWriter.FORMAT)) {
            top.problem("format", "'" + format + "' is not a version this program reads; it reads " + OwnYamlWriter.FORMAT);
        }
        Radar declared = radar(top);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        Radar radar = options.target() != null ? options.target() : mapped(declared, options);
        var log = new ImportLog(options.lenient());
        var names = new NameMapping(options.into(radar));
        var editions = new ArrayList<Edition>();
        Node list = root.get("editions");
        for (int i = 0; list != null && i < list.items().size(); i++) {
            Edition e = edition(file, list.items().get(i), "editions[" + i + "].", names, log);
            if (e != null) editions.add(e);
        }
        log.throwIfFailed();
        return new RadarDocument(radar, editions, log.skipped());
    }

    private Radar radar(Fields top) {
        Fields r = top.child("radar");
        if (r == null) {
            top.problem("radar", "missing radar (name, title, segments, rings)");
            return null;
        }
        r.onlyKeys(List.of("name", "title", "segments", "rings"));
        String name = r.required("name");
        String title = r.required("title");
        if (name == null || title == null) return null;
        try {
            return new Radar(name, title, r.list("segments"), r.list("rings"));
        } catch (IllegalArgumentException e) {
            r.problem(e.getMessage().contains("ring") ? "rings" : e.getMessage().contains("segment") ? "segments"
                    : e.getMessage().contains("title") ? "title" : "name", e.getMessage());
            return null;
        }
    }

    private static Radar mapped(Radar radar, ImportOptions options) {
        var m = options.mapping();
        return new Radar(radar.name(), radar.title(),
                radar.segments().stream().map(s -> m.segment(s).orElse(s)).toList(),
                radar.rings().stream().map(s -> m.ring(s).orElse(s)).toList());
    }

    private Edition edition(String file, Node node, String prefix, NameMapping names, ImportLog log) {
        var problems = new ArrayList<Problem>();
        var f = new Fields(file, node, prefix, problems);
        f.onlyKeys(List.of("date", "status", "blips"));
        LocalDate date = date(f);
        String status = f.oneOf("status", java.util.Set.of("draft", "published"), true);
        problems.forEach(log::fail);
        if (!problems.isEmpty()) return null;
        var blips = new BlipCollector(log);
        Node list = node.get("blips");
        for (int j = 0; list != null && j < list.items().size(); j++) {
            Node item = list.items().get(j);
            var row = new Row(file, item.line(), prefix + "blips[" + j + "].");
            blips.add(row, blip(new Fields(file, item, row.prefix(), row.problems()), row, names), "key");
        }
        return new Edition(date, EditionStatus.valueOf(status.toUpperCase(Locale.ROOT)), blips.blips());
    }

    private static LocalDate date(Fields f) {
        String text = f.required("date");
        if (text == null) return null;
        LocalDate date = EditionDates.read(text).orElse(null);
        if (date == null) f.problem("date", "'" + text + "' is not a date like 2024-01-31");
        return date;
    }

    private static Blip blip(Fields f, Row row, NameMapping names) {
        if (!f.node().isMapping()) {
            row.problem("", "each blip must be a mapping");
            return null;
        }
        f.onlyKeys(BLIP_KEYS);
        String name = NameMapping.blipName(row, "name", f.required("name"));
        String key = NameMapping.blipKey(row, "key", f.optional("key"));
        String ring = names.ring(row, "ring", f.optional("ring"));
        String segment = names.segment(row, "segment", f.optional("segment"));
        if (!row.ok()) return null;
        if (key == null && NameMapping.blipKey(row, "name", BlipKeys.slug(name)) == null) return null;
        return new Blip(key == null ? BlipKeys.slug(name) : key, name, ring, segment, f.optional("note"));
    }
}
