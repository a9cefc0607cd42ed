package io.mlopsradar.cli;

import io.mlopsradar.editions.History;
import io.mlopsradar.editions.Radar;
import io.mlopsradar.store.RadarRepository;
import io.mlopsradar.text.ColumnLengths;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/** Looks up stored radars and reads edition dates for the radar commands, with messages a user can act on. */
final class Radars {
    private Radars() {
    }

    /** The radar's history; an unknown name lists the known ones (exit code 2). */
    static History history(RadarRepository repo, String name) {
        return repo.history(name).orElseThrow(() -> new NoSuchElementException("no radar '" + name + "'; known: "
                + repo.all().stream().map(Radar::name).collect(Collectors.joining(", "))));
    }

    /** Refuses a radar name given to an option that is blank, too long to store or holds control characters. */
    static void requireName(String name, String option) {
        if (name.isBlank()) throw new BadInputException(option + " must name a radar; it was empty");
        String tooLong = ColumnLengths.tooLong(name, ColumnLengths.RADAR_NAME);
        if (tooLong != null) throw new BadInputException(option + " " + tooLong);
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) throw new BadInputException(option + " must not hold control characters");
    }

    /** A YYYY-MM-DD date given to an option or parameter. */
    static LocalDate date(String text, String option) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadInputException(option + " must be a date as YYYY-MM-DD, was '" + text + "'");
        }
    }

    /** The edition on that date, or the latest published one (else the latest) when the text is null. */
    static LocalDate edition(History history, String text, String option) {
        if (text != null) {
            LocalDate date = date(text, option);
            history.edition(date);
            return date;
        }
        return history.latestPublished().or(() -> history.editions().stream().reduce((a, b) -> b))
                .orElseThrow(() -> new NoSuchElementException("radar '" + history.radar().name() + "' has no editions"))
                .date();
    }
}
