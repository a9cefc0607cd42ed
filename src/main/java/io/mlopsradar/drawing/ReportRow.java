package io.mlopsradar.drawing;

import java.util.List;

/** One tool in a report table: name, segment and the reasons for its ring. */
public record ReportRow(String name, String segment, List<String> reasons) {

    public ReportRow {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
