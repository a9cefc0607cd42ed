package io.mlopsradar.cli;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Clock;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.FactSheet;
import io.mlopsradar.catalog.Tool;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists facts read longer ago than an age, stalest first, and counts the facts with no recorded source. */
@Command(name = "stale", description = "List the facts read longer ago than --older-than (default 365d), stalest first.")
final class SignalsStaleCommand implements Callable<Integer> {
    private final Clock clock;

    SignalsStaleCommand(Clock clock) {
        this.clock = clock;
    }

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions db;
    @Mixin
    OutputOptions output;
    @Option(names = "--older-than", defaultValue = "365d", description = "age such as 365d, 26w or 2y (default 365d)")
    String olderThan;

    @Override
    public Integer call() {
        Period age = Ages.period("--older-than", olderThan);
        LocalDate today = LocalDate.now(clock);
        Catalog catalog = StoredCatalog.catalog(db);
        var rows = new ArrayList<StaleFact>();
        int unsourced = 0;
        for (Tool t : catalog.tools()) {
            FactSheet sheet = FactSheet.of(t, catalog.signals(), today, age);
            for (FactSheet.Line l : sheet.lines()) {
                if (l.provenance() == null) unsourced++;
                if (!l.stale()) continue;
                rows.add(new StaleFact(t.id(), l.fact(), l.value(), l.provenance().source(), l.provenance().asOf().toString(),
                        l.provenance().ageInDays(today)));
            }
        }
        rows.sort(Comparator.comparing(StaleFact::asOf).thenComparing(StaleFact::tool));
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            output.printJson(out, new StaleFacts(olderThan, today.toString(), rows.size(), unsourced, rows));
            return 0;
        }
        output.printTable(out, List.of("tool", "fact", "value", "source", "as of", "days"), rows.stream()
                .map(f -> List.of(f.tool(), f.fact(), f.value(), f.source(), f.asOf(), String.valueOf(f.ageDays()))).toList());
        out.printf("%d facts older than %s; %d facts have no recorded source%n", rows.size(), olderThan, unsourced);
        out.flush();
        return 0;
    }

    /** A fact read longer ago than the age asked for, with its source and how many days ago it was read. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record StaleFact(String tool, String fact, String value, String source, String asOf, long ageDays) {
    }

    /** The stale facts, stalest first, and how many facts have no recorded source at all. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record StaleFacts(String olderThan, String today, int count, int unsourced, List<StaleFact> facts) {
    }
}
