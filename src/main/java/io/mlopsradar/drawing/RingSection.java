package io.mlopsradar.drawing;

import java.util.List;

/** One ring in a report: its strategy, suggested actions and the tools placed in it. */
public record RingSection(String ring, String strategy, List<String> actions, List<ReportRow> rows) {

    public RingSection {
        actions = actions == null ? List.of() : List.copyOf(actions);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}
