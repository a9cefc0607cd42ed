package io.mlopsradar.formats;

import java.nio.file.Path;

/** A reader for formats held in one text file. */
public interface TextRadarReader extends RadarReader {
    /** @param fileName the name used in error messages */
    RadarDocument read(String fileName, String content, ImportOptions options);

    @Override
    default RadarDocument read(Path path, ImportOptions options) {
        return read(path.toString(), TextFiles.read(path), options);
    }
}
