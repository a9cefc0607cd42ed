package io.mlopsradar.formats.byor;

import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.BlipKeys;
import io.mlopsradar.editions.Movement;
import io.mlopsradar.editions.Radar;
import io.mlopsradar.formats.ImportOptions;
import io.mlopsradar.formats.RadarDocument;
import io.mlopsradar.formats.internal.BlipCollector;
import io.mlopsradar.formats.internal.HtmlCleaner;
import io.mlopsradar.formats.internal.ImportLog;
import io.mlopsradar.formats.internal.EditionMoves;
import io.mlopsradar.formats.internal.NameMapping;
import io.mlopsradar.formats.internal.RadarShape;
import io.mlopsradar.formats.internal.Row;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** The BYOR rules shared by CSV and JSON: columns, flags, limits, and the rows a radar edition becomes. */
final class ByorBlips {
    static final List<String> REQUIRED = List.of("name", "ring", "quadrant", "isNew", "description");
    static final int QUADRANTS = 4;
    static final int MAX_RINGS = 4;
    private static final Set<String> STATUSES = Set.of("new", "moved in", "moved out", "no change");

    private final String file;
    private final ImportOptions options;
    private final NameMapping names;
    private final ImportLog log;
    private final BlipCollector blips;

    ByorBlips(String file, ImportOptions options) {
        this.file = file;
        this.options = options;
        this.names = new NameMapping(options);
        this.log = new ImportLog(options.lenient());
        this.blips = new BlipCollector(log);
    }

    void fail(int line, String field, String message) {
        log.fail(new Problem(file, line, field, message));
    }

    /** Reads one row; value gives a column's text by its lowercase name (null when absent). */
    void row(Row row, Function<String, String> value) {
        String name = HtmlCleaner.blankToNull(value.apply("name"));
        String key = HtmlCleaner.blankToNull(value.apply("key"));
        if (name == null) row.problem("name", "missing name");
        else if (key == null) key = BlipKeys.slug(name);
        if (name != null && key.isEmpty()) row.problem("name", "'" + name + "' has no letters or digits to make a key from");
        name = NameMapping.blipName(row, "name", name);
        key = NameMapping.blipKey(row, value.apply("key") == null ? "name" : "key", key);
        String ring = names.ring(row, "ring", value.apply("ring"));
        String quadrant = names.segment(row, "quadrant", value.apply("quadrant"));
        flag(row, value.apply("isnew"));
        status(row, value.apply("status"));
        Blip blip = row.ok() ? new Blip(key, name.strip(), ring, quadrant, HtmlCleaner.sanitise(value.apply("description"))) : null;
        blips.add(row, blip, "name");
    }

    /** A row whose problems are already known, such as a wrong column count. */
    void rejected(Row row) {
        blips.add(row, null, "name");
    }

    RadarDocument document() {
        log.throwIfFailed();
        var found = blips.blips();
        limit(found.stream().map(Blip::segment).distinct().toList(), QUADRANTS, "quadrant", found);
        limit(found.stream().map(Blip::ring).distinct().toList(), MAX_RINGS, "ring", found);
        Radar radar = RadarShape.of(file, options, found, List.of(), List.of());
        return new RadarDocument(radar, List.of(Edition.draft(options.editionDate(null), found)), log.skipped());
    }

    private void limit(List<String> distinct, int max, String field, List<Blip> found) {
        if (distinct.size() <= max) return;
        String extra = distinct.get(max);
        int line = found.stream().filter(b -> extra.equals(field.equals("ring") ? b.ring() : b.segment()))
                .map(b -> blips.lineOf(b.key())).findFirst().orElse(0);
        throw new InvalidInputException(new Problem(file, line, field, "BYOR allows at most "
                + max + " " + field + "s; this file has " + distinct.size() + ": " + String.join(", ", distinct)));
    }

    private static void flag(Row row, String isNew) {
        if (isNew == null || !(isNew.strip().equalsIgnoreCase("true") || isNew.strip().equalsIgnoreCase("false"))) {
            row.problem("isNew", "'" + isNew + "' is not TRUE or FALSE");
        }
    }

    private static void status(Row row, String status) {
        if (status != null && !status.isBlank() && !STATUSES.contains(status.strip().toLowerCase(Locale.ROOT))) {
            row.problem("status", "'" + status + "' is not one of New, Moved In, Moved Out, No Change");
        }
    }

    /** The rows of one edition, with status and isNew from each blip's movement. */
    static List<ByorEntry> entries(History history, LocalDate date) {
        Radar radar = history.radar();
        // A BYOR file names its quadrants only through its rows, so it cannot hold an empty quadrant: a file with fewer
        // than four is what a radar with an empty quadrant exports to, and it is read and written back as it is.
        if (radar.segments().size() > QUADRANTS || radar.rings().size() > MAX_RINGS) {
            throw new IllegalArgumentException("BYOR holds at most 4 quadrants and 4 rings; radar '" + radar.name()
                    + "' has " + radar.segments().size() + " segments and " + radar.rings().size() + " rings");
        }
        Edition edition = EditionMoves.single(history, date);
        var moves = EditionMoves.of(history, edition.date());
        var out = new ArrayList<ByorEntry>();
        for (Blip b : edition.blips()) {
            Movement m = moves.get(b.key());
            out.add(new ByorEntry(b.name(), b.ring(), b.segment(), m == Movement.NEW ? "TRUE" : "FALSE", status(m),
                    b.note() == null ? "" : b.note(), b.key()));
        }
        return out;
    }

    private static String status(Movement m) {
        return switch (m) {
            case NEW -> "New";
            case MOVED_IN -> "Moved In";
            case MOVED_OUT -> "Moved Out";
            default -> "No Change";
        };
    }
}
