package io.mlopsradar.editions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads an edition date as a person writes it (YYYY-MM-DD); the one place the command line and the web app share. */
public final class EditionDates {
    private EditionDates() {
    }

    /** The date; an {@link IllegalArgumentException} whose message completes "OPTION …" when it is not one. */
    public static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a date as YYYY-MM-DD, was '" + text + "'");
        }
    }

    /** The edition on the date written, which must be one of the history's; without a date, its default edition. */
    public static LocalDate edition(History history, String text) {
        if (text == null) return history.defaultEdition().map(Edition::date).orElse(null);
        LocalDate date = parse(text);
        history.edition(date);
        return date;
    }
}
