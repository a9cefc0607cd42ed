package io.mlopsradar.web;

import io.mlopsradar.imports.RadarImport;
import io.mlopsradar.input.Problem;
import java.util.List;

/** The records the import page reads. */
public final class ImportViews {
    private ImportViews() {
    }

    /** A format the uploader may choose, and whether the form shows it chosen. */
    public record FormatChoice(String id, String title, boolean chosen) {
    }

    /**
     * The upload form for a radar (which the import creates when it is not stored yet), with the report of the last
     * import (null before one) or the problems that refused it.
     */
    public record ImportPage(String radar, String title, boolean exists, List<FormatChoice> formats, String edition,
                             boolean lenient, RadarImport.Report report, List<Problem> refused, String error, String csrf,
                             String user) {
    }
}
