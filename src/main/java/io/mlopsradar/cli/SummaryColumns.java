package io.mlopsradar.cli;

import static io.mlopsradar.cli.RowPrinter.column;

import io.mlopsradar.editions.HistoryJson.SummaryJson;
import io.mlopsradar.editions.Movement;
import java.util.ArrayList;
import java.util.List;

/** The table of edition summaries that `editions` and `reassess` print: date, status, blips, then each kind of change. */
final class SummaryColumns {
    static final List<RowPrinter.Column<SummaryJson>> ALL = all();

    private SummaryColumns() {
    }

    private static List<RowPrinter.Column<SummaryJson>> all() {
        var columns = new ArrayList<>(List.of(column("date", SummaryJson::date), column("status", SummaryJson::status),
                RowPrinter.<SummaryJson>column("blips", SummaryJson::blips)));
        Movement.CHANGES.forEach(kind -> columns.add(column(kind.key(), s -> s.count(kind))));
        return List.copyOf(columns);
    }
}
