package io.mlopsradar.formats;

import java.nio.file.Path;

/** Reads one outside format into a {@link RadarDocument}; bad input throws an InvalidInputException naming file, line and field. */
public interface RadarReader {
    RadarDocument read(Path path, ImportOptions options);
}
