package io.mlopsradar.editions;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads an edition date as a person writes it (YYYY-MM-DD) and picks the edition meant when none is written; the
 * one place the command line, the importers and the web app share.
 */
public final class EditionDates {
    private EditionDates() {
    }

    /** The date written as YYYY-MM-DD (spaces around it allowed), or empty when the text is not one. */
    public static Optional<LocalDate> read(String text) {
        if (text == null) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A YYYY-MM-DD date, or a YYYY-MM month read as its first day; empty when the text is neither. */
    public static Optional<LocalDate> readDayOrMonth(String text) {
        if (text != null && text.trim().length() == 7) {
            try {
                return Optional.of(YearMonth.parse(text.trim()).atDay(1));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return read(text);
    }

    /** The date; an {@link IllegalArgumentException} whose message completes "OPTION …" when it is not one. */
    public static LocalDate parse(String text) {
        return read(text).orElseThrow(() -> new IllegalArgumentException("must be a date as YYYY-MM-DD, was '" + text + "'"));
    }

    /** The edition on the date written, which must be one of the history's; without a date, its default edition. */
    public static LocalDate edition(History history, String text) {
        if (text == null) return history.defaultEdition().map(Edition::date).orElse(null);
        LocalDate date = parse(text);
        history.edition(date);
        return date;
    }

    /** The history's default edition (the latest published, else the latest), or a message that it has none. */
    public static Edition defaultEdition(History history) {
        return history.defaultEdition().orElseThrow(() ->
                new NoSuchElementException("radar '" + history.radar().name() + "' has no editions"));
    }
}
