package io.mlopsradar.formats;

import io.mlopsradar.editions.History;
import java.nio.file.Path;
import java.time.LocalDate;

/** A writer for formats held in one text file. */
public interface TextRadarWriter extends RadarWriter {
    String write(History history, LocalDate edition);

    @Override
    default void write(History history, LocalDate edition, Path target) {
        TextFiles.write(target, write(history, edition));
    }
}
