package io.mlopsradar.drawing;

import java.util.List;

/** A printable radar report: title, date, the radar picture (SVG text) and one section per ring. */
public record ReportDocument(String title, String date, String radarSvg, List<RingSection> sections) {

    public ReportDocument {
        sections = List.copyOf(sections);
    }
}
