package io.mlopsradar.cli;

import io.mlopsradar.drawing.LayoutBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Benchmarks: `radar bench layout --blips N` and `radar bench import --editions N --rows N`. */
@Command(name = "bench", description = "Measure speed and stability.", subcommands = {BenchCommand.Layout.class, BenchImport.class, BenchBatch.class})
final class BenchCommand {

    /** Lays out N random blips and reports overlaps, moved-on-insert and milliseconds. */
    @Command(name = "layout", description = "Measure the blip layout on N random blips.")
    static final class Layout implements Callable<Integer> {
        @Mixin
        OutputOptions output;
        @Mixin
        DatabaseOptions db; // accepted everywhere, so one --db or RADAR_DB serves every command
        @Spec
        CommandSpec spec;
        @Option(names = "--blips", defaultValue = "400", description = "number of blips, 1 to 5000 (default 400)")
        int blips;
        @Option(names = "--seed", defaultValue = "42", description = "random seed (default 42)")
        long seed;

        @Override
        public Integer call() {
            if (blips < 1 || blips > 5000) throw new BadInputException("--blips must be between 1 and 5000, was " + blips);
            LayoutBenchmark.Result r = LayoutBenchmark.run(blips, seed);
            var out = spec.commandLine().getOut();
            if (output.json()) out.println(r.toJson());
            else out.println(LayoutBenchmark.Result.tableHeader() + "\n" + r.toTable());
            return 0;
        }
    }
}
