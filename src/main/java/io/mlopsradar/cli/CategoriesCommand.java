package io.mlopsradar.cli;

import static io.mlopsradar.cli.RowPrinter.column;

import io.mlopsradar.landscape.Framework;
import io.mlopsradar.rings.CategoryRings;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the fifteen categories with their quadrant, anchor and the ring region of the anchor. */
@Command(name = "categories", description = "List the landscape's categories.")
final class CategoriesCommand implements Callable<Integer> {
    @Mixin
    OutputOptions output;
    @Mixin
    DatabaseOptions db; // accepted everywhere, so one --db or RADAR_DB serves every command
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<CategoryRings.CategoryRing> rows = CategoryRings.list(Framework.bundled());
        RowPrinter.print(output, spec, rows, List.of(column("id", CategoryRings.CategoryRing::id), column("name", CategoryRings.CategoryRing::name),
                column("quadrant", CategoryRings.CategoryRing::quadrant), column("x", CategoryRings.CategoryRing::x),
                column("y", CategoryRings.CategoryRing::y), column("ring", CategoryRings.CategoryRing::ring)));
        return 0;
    }
}
