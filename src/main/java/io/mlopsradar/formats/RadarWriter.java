package io.mlopsradar.formats;

import io.mlopsradar.editions.History;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a radar to one outside format. Single-edition formats write the edition on the given date; history formats
 * write every edition up to and including it (all when the date is null).
 */
public interface RadarWriter {
    void write(History history, LocalDate edition, Path target);
}
