package io.mlopsradar.cli;

import io.mlopsradar.landscape.Framework;
import io.mlopsradar.landscape.Ring;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        List<Map<String, Object>> rows = Framework.bundled().rings().stream().map(RingsCommand::row).toList();
        RowPrinter.print(output, spec, rows, List.of("id", "name", "strategy", "actions"));
        return 0;
    }

    static Map<String, Object> row(Ring r) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", r.id());
        m.put("name", r.name());
        m.put("order", r.order());
        m.put("strategy", r.strategy());
        m.put("actions", r.actions());
        return m;
    }
}
