package io.mlopsradar.catalog;

import io.mlopsradar.input.Fields;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads ISO dates out of catalogue fields, refusing malformed ones and years after the reader's current year. */
final class Dates {
    private Dates() {
    }

    static LocalDate read(Fields f, String field, int currentYear, boolean required) {
        String value = required ? f.required(field) : f.optional(field);
        if (value == null) return null;
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() > currentYear) f.problem(field, value + " is in the future");
            return date;
        } catch (DateTimeParseException e) {
            f.problem(field, "'" + value + "' is not a date like 2026-11-26");
            return null;
        }
    }
}
