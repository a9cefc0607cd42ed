package io.mlopsradar.cli;

import java.time.Clock;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.FactSheet;
import io.mlopsradar.catalog.Tool;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        var rows = new ArrayList<Map<String, Object>>();
        int unsourced = 0;
        for (Tool t : catalog.tools()) {
            FactSheet sheet = FactSheet.of(t, catalog.signals(), today, age);
            for (FactSheet.Line l : sheet.lines()) {
                if (l.provenance() == null) unsourced++;
                if (!l.stale()) continue;
                var m = new LinkedHashMap<String, Object>();
                m.put("tool", t.id());
                m.put("fact", l.fact());
                m.put("value", l.value());
                m.put("source", l.provenance().source());
                m.put("as_of", l.provenance().asOf().toString());
                m.put("age_days", l.provenance().ageInDays(today));
                rows.add(m);
            }
        }
        rows.sort(Comparator.comparing((Map<String, Object> m) -> (String) m.get("as_of")).thenComparing(m -> (String) m.get("tool")));
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            output.printJson(out, Map.of("older_than", olderThan, "today", today.toString(), "count", rows.size(),
                    "unsourced", unsourced, "facts", rows));
            return 0;
        }
        output.printTable(out, List.of("tool", "fact", "value", "source", "as of", "days"), rows.stream()
                .map(m -> List.of((String) m.get("tool"), (String) m.get("fact"), (String) m.get("value"), (String) m.get("source"),
                        (String) m.get("as_of"), String.valueOf(m.get("age_days")))).toList());
        out.printf("%d facts older than %s; %d facts have no recorded source%n", rows.size(), olderThan, unsourced);
        out.flush();
        return 0;
    }
}
