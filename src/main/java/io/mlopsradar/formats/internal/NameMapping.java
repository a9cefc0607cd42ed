package io.mlopsradar.formats.internal;

import io.mlopsradar.editions.Radar;
import io.mlopsradar.formats.ImportOptions;
import io.mlopsradar.text.ColumnLengths;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a file's segment and ring names into ours: the mapping first, then, when importing into a target radar, a
 * check that the radar has that name. Without a target the first spelling seen wins, so "adopt" and "Adopt" agree.
 */
public final class NameMapping {
    private final ImportOptions options;
    private final Map<String, String> spelling = new HashMap<>();

    public NameMapping(ImportOptions options) {
        this.options = options;
    }

    /** Our segment name, or null after noting a problem on the row. */
    public String segment(Row row, String field, String theirs) {
        return fitting(row, field, resolve(row, field, theirs, "segment", options.mapping()::segment,
                options.target() == null ? null : options.target().segments()), ColumnLengths.BLIP_SEGMENT);
    }

    /** Our ring name, or null after noting a problem on the row. */
    public String ring(Row row, String field, String theirs) {
        return fitting(row, field, resolve(row, field, theirs, "ring", options.mapping()::ring,
                options.target() == null ? null : options.target().rings()), ColumnLengths.BLIP_RING);
    }

    /** A blip's name as the file gives it, or null after noting on the row that it is too long to store. */
    public static String blipName(Row row, String field, String name) {
        return fitting(row, field, name, ColumnLengths.BLIP_NAME);
    }

    /** A blip's key, or null after noting on the row that it is too long to store. */
    public static String blipKey(Row row, String field, String key) {
        return fitting(row, field, key, ColumnLengths.BLIP_KEY);
    }

    private static String fitting(Row row, String field, String value, int max) {
        String tooLong = ColumnLengths.tooLong(value, max);
        if (tooLong == null) return value;
        row.problem(field, "'" + value.substring(0, 40) + "…' " + tooLong);
        return null;
    }

    private String resolve(Row row, String field, String theirs, String kind, Function<String, Optional<String>> mapping,
                           List<String> allowed) {
        if (theirs == null || theirs.isBlank()) {
            row.problem(field, "missing " + kind);
            return null;
        }
        String ours = mapping.apply(theirs).orElse(theirs.strip());
        if (allowed == null) return spelling.computeIfAbsent(kind + ":" + ours.toLowerCase(Locale.ROOT), k -> ours);
        for (String name : allowed) if (name.equalsIgnoreCase(ours)) return name;
        Radar target = options.target();
        row.problem(field, "unknown " + kind + " '" + theirs + "' for radar '" + target.name() + "' (" + kind + "s: "
                + String.join(", ", allowed) + "); map it in the mapping file under " + kind + "s:");
        return null;
    }
}
