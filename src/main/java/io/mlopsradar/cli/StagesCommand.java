package io.mlopsradar.cli;

import io.mlopsradar.landscape.Framework;
import java.util.List;
import java.util.Map;
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
        List<Map<String, Object>> rows = Framework.bundled().stages().stream()
                .map(s -> Map.<String, Object>of("id", s.id(), "name", s.name(), "loop", s.loop().name().toLowerCase(),
                        "description", s.description()))
                .toList();
        RowPrinter.print(output, spec, rows, List.of("id", "name", "loop", "description"));
        return 0;
    }
}
