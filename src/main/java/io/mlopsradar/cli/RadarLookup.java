package io.mlopsradar.cli;

import io.mlopsradar.editions.EditionDates;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.UnknownRadarException;
import io.mlopsradar.store.RadarRepository;
import io.mlopsradar.text.ColumnLengths;
import java.time.LocalDate;

/** Looks up stored radars and reads edition dates for the radar commands, with messages a user can act on. */
final class RadarLookup {
    private RadarLookup() {
    }

    /** The radar's history; an unknown name lists the known ones (exit code 2). */
    static History history(RadarRepository repo, String name) {
        return repo.history(name).orElseThrow(() -> new UnknownRadarException(name, repo.all()));
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
            return EditionDates.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + " " + e.getMessage());
        }
    }

    /** The edition on that date, or the latest published one (else the latest) when the text is null. */
    static LocalDate edition(History history, String text, String option) {
        try {
            return text == null ? EditionDates.defaultEdition(history).date() : EditionDates.edition(history, text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + " " + e.getMessage());
        }
    }
}
