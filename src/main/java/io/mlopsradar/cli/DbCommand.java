package io.mlopsradar.cli;

import io.mlopsradar.store.Database;
import io.mlopsradar.store.DatabaseCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
                var m = new LinkedHashMap<String, Object>();
                m.put("healthy", report.healthy());
                m.put("engine", report.engine());
                m.put("integrity_problems", report.integrityProblems());
                m.put("rows", report.rows());
                m.put("orphans", report.orphans());
                output.printJson(out, m);
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
}
