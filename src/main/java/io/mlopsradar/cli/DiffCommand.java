package io.mlopsradar.cli;

import io.mlopsradar.editions.EditionMaps;
import io.mlopsradar.editions.History;
import io.mlopsradar.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Compares two editions of a radar: what was added, removed, moved in and moved out. */
@Command(name = "diff", description = "Compare two editions of a radar.")
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions db;
    @Mixin
    OutputOptions output;
    @Mixin
    RadarOption radar;
    @Parameters(index = "0", paramLabel = "FROM", description = "the earlier edition, YYYY-MM-DD")
    String from;
    @Parameters(index = "1", paramLabel = "TO", description = "the later edition, YYYY-MM-DD")
    String to;

    @Override
    @SuppressWarnings("unchecked")
    public Integer call() {
        try (Database database = db.open()) {
            History history = radar.history(database);
            LocalDate a = RadarLookup.edition(history, from, "FROM");
            LocalDate b = RadarLookup.edition(history, to, "TO");
            Map<String, Object> diff = EditionMaps.diff(a, b, history.diff(a, b));
            if (output.json()) {
                output.printJson(spec.commandLine().getOut(), diff);
                return 0;
            }
            var rows = new ArrayList<List<String>>();
            for (String change : List.of("added", "removed", "moved_in", "moved_out")) {
                for (Map<String, Object> blip : (List<Map<String, Object>>) diff.get(change)) {
                    rows.add(List.of(change.replace('_', ' '), RowPrinter.cell(blip.get("name")), RowPrinter.cell(blip.get("segment")),
                            RowPrinter.cell(blip.get("from_ring")), change.equals("removed") ? "" : RowPrinter.cell(blip.get("ring"))));
                }
            }
            output.printTable(spec.commandLine().getOut(), List.of("change", "blip", "segment", "from ring", "to ring"), rows);
            spec.commandLine().getOut().println(diff.get("unchanged") + " unchanged between " + a + " and " + b);
            return 0;
        }
    }
}
