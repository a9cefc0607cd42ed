package io.mlopsradar.cli;

import io.mlopsradar.editions.HistoryJson;
import io.mlopsradar.store.Database;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists a radar's editions with what each one changed against the previous published edition. */
@Command(name = "editions", description = "List a radar's editions: status, blips, and what came, moved and left.")
final class EditionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions db;
    @Mixin
    OutputOptions output;
    @Mixin
    RadarOption radar;

    @Override
    public Integer call() {
        try (Database database = db.open()) {
            var history = radar.history(database);
            RowPrinter.print(output, spec, HistoryJson.summaries(history), SummaryColumns.ALL);
            return 0;
        }
    }
}
