package io.mlopsradar.editions;

import java.time.LocalDate;

/** Thrown when an operation would change an edition that is already published. */
public class PublishedEditionException extends IllegalStateException {
    private final LocalDate edition;

    public PublishedEditionException(LocalDate edition, String attempted) {
        super("edition " + edition + " is published and cannot be changed (" + attempted
                + "); start a new draft edition instead");
        this.edition = edition;
    }

    public LocalDate edition() {
        return edition;
    }
}
