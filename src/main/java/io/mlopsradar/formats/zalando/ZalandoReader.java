package io.mlopsradar.formats.zalando;

import io.mlopsradar.text.Urls;

import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.BlipKeys;
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
import io.mlopsradar.input.Node;
import io.mlopsradar.input.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a Zalando tech-radar config: {@code {date?, entries: [{label, quadrant, ring, moved, active, link}]}}. Index
 * names come from the mapping ({@code "0": name}), else the file's optional quadrants/rings lists, else the defaults.
 * Inactive entries stay out of the edition and are listed as skipped.
 */
public final class ZalandoReader implements TextRadarReader {
    static final List<String> DEFAULT_QUADRANTS = List.of("Bottom right", "Bottom left", "Top left", "Top right");
    static final List<String> DEFAULT_RINGS = List.of("Adopt", "Trial", "Assess", "Hold");

    @Override
    public RadarDocument read(String file, String content, ImportOptions options) {
        Node root = JsonFile.parse(file, content);
        var log = new ImportLog(options.lenient());
        var names = new NameMapping(options);
        var head = new Row(file, root.line(), "");
        var top = new Fields(file, root, "", head.problems());
        if (!root.isMapping()) head.problem("", "expected an object with entries");
        List<String> quadrants = indexNames(root, "quadrants", DEFAULT_QUADRANTS, options.mapping()::segment);
        List<String> rings = indexNames(root, "rings", DEFAULT_RINGS, options.mapping()::ring);
        LocalDate date = date(top);
        Node entries = root.get("entries");
        if (entries == null || !entries.isSequence()) top.problem("entries", "missing list of entries");
        head.problems().forEach(log::fail);
        log.throwIfFailed();
        var blips = new BlipCollector(log);
        for (int i = 0; i < entries.items().size(); i++) {
            Node item = entries.items().get(i);
            var row = new Row(file, item.line(), "entries[" + i + "].");
            var f = new Fields(file, item, row.prefix(), row.problems());
            if (item.isMapping() && !f.bool("active", true)) {
                log.leaveOut(new Problem(file, item.lineOf("active"), row.prefix() + "active",
                        "inactive entry '" + f.optional("label") + "' kept out of the edition"));
                continue;
            }
            if (!item.isMapping()) row.problem("", "each entry must be an object");
            Blip blip = item.isMapping() ? blip(f, row, names, quadrants, rings) : null;
            blips.add(row, blip, "label");
        }
        log.throwIfFailed();
        var edition = Edition.draft(options.editionDate(date), blips.blips());
        var declared = new Row(file, root.line(), "");
        var segments = quadrants.stream().map(q -> names.segment(declared, "quadrants", q)).toList();
        var ringNames = rings.stream().map(r -> names.ring(declared, "rings", r)).toList();
        return new RadarDocument(RadarShape.of(file, options, edition.blips(), segments, ringNames), List.of(edition), log.skipped());
    }

    /** Their name for each index: the mapping's "0": name, else the file's list, else the default. */
    private static List<String> indexNames(Node root, String field, List<String> defaults, Function<String, Optional<String>> mapped) {
        List<Node> declared = root.get(field) == null ? List.of() : root.get(field).items();
        int count = declared.isEmpty() ? defaults.size() : Math.min(declared.size(), defaults.size());
        var out = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            Node name = i < declared.size() ? declared.get(i).get("name") : null;
            String fallback = name != null && name.text() != null ? name.text() : defaults.get(i);
            out.add(mapped.apply(String.valueOf(i)).orElse(fallback));
        }
        return out;
    }

    private static Blip blip(Fields f, Row row, NameMapping names, List<String> quadrants, List<String> rings) {
        f.onlyKeys(List.of("label", "quadrant", "ring", "moved", "active", "link", "id", "description"));
        String label = f.required("label");
        String theirQuadrant = index(f, "quadrant", quadrants);
        String theirRing = index(f, "ring", rings);
        String quadrant = theirQuadrant == null ? null : names.segment(row, "quadrant", theirQuadrant);
        String ring = theirRing == null ? null : names.ring(row, "ring", theirRing);
        Integer moved = f.integer("moved", false);
        if (moved != null && (moved < -1 || moved > 2)) f.problem("moved", moved + " is not -1, 0, 1 or 2");
        String link = f.optional("link");
        if (link != null && !link.isBlank() && !Urls.isHttp(link.strip())) f.problem("link", "'" + link + "' is not an http(s) URL");
        String key = NameMapping.blipKey(row, f.optional("id") != null ? "id" : "label", f.optional("id") != null ? f.optional("id") : BlipKeys.slug(label));
        label = NameMapping.blipName(row, "label", label);
        if (!row.ok()) return null;
        String description = f.optional("description");
        String note = description != null && !description.isBlank() ? description : link == null || link.isBlank() ? null : link;
        return new Blip(key, label, ring, quadrant, note);
    }

    private static String index(Fields f, String field, List<String> names) {
        Integer i = f.integer(field, true);
        if (i == null) return null;
        if (i < 0 || i >= names.size()) {
            f.problem(field, i + " is not between 0 and " + (names.size() - 1));
            return null;
        }
        return names.get(i);
    }

    private static LocalDate date(Fields top) {
        String text = top.optional("date");
        if (text == null || text.isBlank()) return null;
        String iso = text.strip().replace('.', '-');
        try {
            return iso.length() == 7 ? LocalDate.parse(iso + "-01") : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            top.problem("date", "'" + text + "' is not a date like 2024-06-01 or 2024.06");
            return null;
        }
    }
}
