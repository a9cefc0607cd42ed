package io.mlopsradar.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.mlopsradar.imports.RadarImport;
import java.nio.file.Path;
import java.util.List;

/**
 * What a radar import did, as {@code --format json} prints it: the format and the files read (file is the one file,
 * or null for several), then the report.
 */
record ImportSummary(String format, String file, List<String> files, @JsonUnwrapped RadarImport.ReportJson report) {

    static ImportSummary of(String format, List<Path> files, RadarImport.Report report) {
        return new ImportSummary(format, files.size() == 1 ? files.get(0).toString() : null,
                files.stream().map(Path::toString).toList(), report.json());
    }
}
