package io.mlopsradar.drawing;

import java.time.LocalDate;

/** A tool's ring in one edition; a null ring means the tool was not on the radar then. */
public record TimelinePoint(LocalDate date, Integer ring, String note) {
}
