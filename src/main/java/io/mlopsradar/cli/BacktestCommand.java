package io.mlopsradar.cli;

import java.time.Clock;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.rings.Backtest;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the ring policy with what was known on an earlier day and compares it with what is known now. */
@Command(name = "backtest", description = "Run the ring policy as of an earlier day and compare with what is known now.")
final class BacktestCommand implements Callable<Integer> {
    private final Clock clock;

    BacktestCommand(Clock clock) {
        this.clock = clock;
    }

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions db;
    @Mixin
    OutputOptions output;
    @Option(names = "--as-of", required = true, description = "the earlier day, e.g. 2021-05-15")
    String asOf;

    @Override
    public Integer call() {
        LocalDate day;
        try {
            day = LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new BadInputException("--as-of: '" + asOf + "' is not a date like 2021-05-15");
        }
        LocalDate today = LocalDate.now(clock);
        if (!day.isBefore(today)) throw new BadInputException("--as-of: " + day + " is not before today (" + today + ")");
        Catalog catalog = StoredCatalog.catalog(db);
        Backtest.Result r = new Backtest(Framework.bundled(), catalog).run(day, today);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            output.printJson(out, Backtest.toJson(r));
            return 0;
        }
        out.printf("Backtest as of %s (compared with %s): %d tools, %d with signals then, agreement %.1f%%%n",
                r.asOf(), r.today(), r.calls().size(), r.withSignalsThen(), r.agreement() * 100);
        out.printf("Bad calls (ended later, placed in Adopt or Trial then): %d%n", r.badCalls().size());
        output.printTable(out, List.of("tool", "then", "now", "what happened"), r.badCalls().stream()
                .map(c -> List.of(c.tool(), c.ringThen(), c.ringNow(), c.fateReason())).toList());
        out.printf("Missed (standard now, placed in Hold then): %d%n", r.missed().size());
        output.printTable(out, List.of("tool", "then", "now"), r.missed().stream()
                .map(c -> List.of(c.tool(), c.ringThen(), c.ringNow())).toList());
        out.flush();
        return 0;
    }
}
