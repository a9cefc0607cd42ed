package io.mlopsradar.cli;

import static io.mlopsradar.cli.RowPrinter.column;

import io.mlopsradar.landscape.Framework;
import io.mlopsradar.landscape.Ring;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the rings with their strategy and example actions. */
@Command(name = "rings", description = "List the rings, their strategy and actions.")
final class RingsCommand implements Callable<Integer> {
    @Mixin
    OutputOptions output;
    @Mixin
    DatabaseOptions db; // accepted everywhere, so one --db or RADAR_DB serves every command
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // a ring's JSON is its record: id, name, order, strategy, actions (as /api/v1/rings answers it too)
        RowPrinter.print(output, spec, Framework.bundled().rings(), List.of(column("id", Ring::id), column("name", Ring::name),
                column("strategy", Ring::strategy), column("actions", Ring::actions)));
        return 0;
    }
}
