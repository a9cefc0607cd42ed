package io.mlopsradar.cli;

import static io.mlopsradar.cli.RowPrinter.column;

import io.mlopsradar.landscape.Framework;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the lifecycle stages of both loops. */
@Command(name = "stages", description = "List the lifecycle stages of the software and model loops.")
final class StagesCommand implements Callable<Integer> {
    @Mixin
    OutputOptions output;
    @Mixin
    DatabaseOptions db; // accepted everywhere, so one --db or RADAR_DB serves every command
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<StageRow> rows = Framework.bundled().stages().stream()
                .map(s -> new StageRow(s.id(), s.name(), s.loop().name().toLowerCase(Locale.ROOT), s.description()))
                .toList();
        RowPrinter.print(output, spec, rows, List.of(column("id", StageRow::id), column("name", StageRow::name),
                column("loop", StageRow::loop), column("description", StageRow::description)));
        return 0;
    }

    /** A stage as the command prints it: its loop in lower case. */
    record StageRow(String id, String name, String loop, String description) {
    }
}
