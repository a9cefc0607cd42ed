package io.mlopsradar.cli;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.DatabaseCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Looks after the database itself: {@code radar db check}. */
@Command(name = "db", description = "Look after the database.", subcommands = DbCommand.Check.class)
final class DbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Checks integrity, counts the rows of every table and finds orphaned rows; exit 1 when something is wrong. */
    @Command(name = "check", description = "Check the database: integrity, rows per table, orphaned rows (exit 1 when damaged).")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions db;
        @Mixin
        OutputOptions output;

        @Override
        public Integer call() {
            DatabaseCheck.Report report;
            try (Database database = db.openUnseeded()) {
                report = DatabaseCheck.run(database);
            }
            var out = spec.commandLine().getOut();
            if (output.json()) {
                output.printJson(out, new Checked(report.healthy(), report.engine(), report.integrityProblems(), report.rows(),
                        report.orphans()));
            } else {
                var rows = new ArrayList<List<String>>();
                rows.add(List.of("engine", report.engine()));
                rows.add(List.of("integrity", report.integrityProblems().isEmpty() ? "ok" : String.join("; ", report.integrityProblems())));
                report.rows().forEach((table, n) -> rows.add(List.of("rows in " + table, String.valueOf(n))));
                report.orphans().forEach((what, n) -> rows.add(List.of(what, String.valueOf(n))));
                output.printTable(out, List.of("check", "result"), rows);
                out.println(report.healthy() ? "the database is healthy" : "the database is damaged: restore a backup, or "
                        + "re-import the radars it holds into a new database");
            }
            out.flush();
            return report.healthy() ? 0 : 1;
        }
    }

    /** The check's findings: rows per table and orphans per kind are keyed by table and kind. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Checked(boolean healthy, String engine, List<String> integrityProblems, Map<String, Long> rows, Map<String, Long> orphans) {
    }
}
