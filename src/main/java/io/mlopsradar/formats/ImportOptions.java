package io.mlopsradar.formats;

import io.mlopsradar.editions.Radar;
import java.time.LocalDate;

/**
 * How to read an outside file: lenient skips bad rows (and lists them) instead of failing; the mapping renames
 * segments, rings and categories; edition is the date for single-edition formats (null: the file's own date, else
 * today); target, when set, is the existing radar to import into, whose segments and rings are the only ones allowed;
 * today is the day of the import.
 */
public record ImportOptions(boolean lenient, Mapping mapping, LocalDate edition, Radar target, LocalDate today) {

    public ImportOptions {
        if (mapping == null) mapping = Mapping.empty();
    }

    /** Strict, no mapping, the file's own date or the given day, a new radar. */
    public static ImportOptions on(LocalDate today) {
        return new ImportOptions(false, Mapping.empty(), null, null, today);
    }

    public ImportOptions lenient(boolean value) {
        return new ImportOptions(value, mapping, edition, target, today);
    }

    public ImportOptions withMapping(Mapping value) {
        return new ImportOptions(lenient, value, edition, target, today);
    }

    public ImportOptions withEdition(LocalDate value) {
        return new ImportOptions(lenient, mapping, value, target, today);
    }

    public ImportOptions into(Radar value) {
        return new ImportOptions(lenient, mapping, edition, value, today);
    }

    /** The date of a single-edition import: the option, else the file's own date, else today. */
    public LocalDate editionDate(LocalDate fromFile) {
        if (edition != null) return edition;
        return fromFile != null ? fromFile : today;
    }
}
