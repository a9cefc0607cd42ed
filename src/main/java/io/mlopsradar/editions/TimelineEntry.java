package io.mlopsradar.editions;

import java.time.LocalDate;

/** One edition in a blip's life: its ring (null when it was removed on that edition), note and movement. */
public record TimelineEntry(LocalDate date, String ring, String note, Movement movement) {
}
