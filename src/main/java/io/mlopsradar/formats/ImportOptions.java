package io.mlopsradar.formats;

import io.mlopsradar.editions.Radar;
import java.time.LocalDate;

/**
 * How to read an outside file: lenient skips bad rows (and lists them) instead of failing; the mapping renames
 * segments, rings and categories; edition is the date for single-edition formats (null: the file's own date, else today);
 * target, when set, is the existing radar to import into, whose segments and rings are the only ones allowed.
 */
public record ImportOptions(boolean lenient, Mapping mapping, LocalDate edition, Radar target) {

    public ImportOptions {
        if (mapping == null) mapping = Mapping.empty();
    }

    public ImportOptions(boolean lenient, Mapping mapping, LocalDate edition) {
        this(lenient, mapping, edition, null);
    }

    /** Strict, no mapping, the file's own date or today, a new radar. */
    public static ImportOptions defaults() {
        return new ImportOptions(false, Mapping.empty(), null, null);
    }

    public ImportOptions lenient(boolean value) {
        return new ImportOptions(value, mapping, edition, target);
    }

    public ImportOptions withMapping(Mapping value) {
        return new ImportOptions(lenient, value, edition, target);
    }

    public ImportOptions withEdition(LocalDate value) {
        return new ImportOptions(lenient, mapping, value, target);
    }

    public ImportOptions into(Radar value) {
        return new ImportOptions(lenient, mapping, edition, value);
    }

    /** The date of a single-edition import: the option, else the file's own date, else today. */
    public LocalDate editionDate(LocalDate fromFile) {
        if (edition != null) return edition;
        return fromFile != null ? fromFile : LocalDate.now();
    }
}
