package io.mlopsradar.cli;

import io.mlopsradar.editions.History;
import io.mlopsradar.editions.HistoryJson;
import io.mlopsradar.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
    public Integer call() {
        try (Database database = db.open()) {
            History history = radar.history(database);
            LocalDate a = RadarLookup.edition(history, from, "FROM");
            LocalDate b = RadarLookup.edition(history, to, "TO");
            HistoryJson.DiffJson diff = HistoryJson.diff(a, b, history.diff(a, b));
            if (output.json()) {
                output.printJson(spec.commandLine().getOut(), diff);
                return 0;
            }
            var rows = new ArrayList<List<String>>();
            diff.added().forEach(blip -> rows.add(row("added", blip.name(), blip.segment(), null, blip.ring())));
            diff.removed().forEach(blip -> rows.add(row("removed", blip.name(), blip.segment(), null, null)));
            diff.movedIn().forEach(c -> rows.add(row("moved in", c.name(), c.segment(), c.fromRing(), c.ring())));
            diff.movedOut().forEach(c -> rows.add(row("moved out", c.name(), c.segment(), c.fromRing(), c.ring())));
            output.printTable(spec.commandLine().getOut(), List.of("change", "blip", "segment", "from ring", "to ring"), rows);
            spec.commandLine().getOut().println(diff.unchanged() + " unchanged between " + a + " and " + b);
            return 0;
        }
    }

    /** The change, then the blip, segment, from ring and to ring (blank where there is none). */
    private static List<String> row(String change, String... cells) {
        return Stream.concat(Stream.of(change), Arrays.stream(cells).map(RowPrinter::cell)).toList();
    }
}
