package io.mlopsradar.cli;

import static io.mlopsradar.cli.RowPrinter.column;

import io.mlopsradar.rings.ToolJson;
import java.time.Clock;
import io.mlopsradar.rings.AssessedTool;
import io.mlopsradar.rings.RadarOfCatalog;
import io.mlopsradar.rings.ToolFilter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists catalogue tools with their quadrant, ring and position, filtered. */
@Command(name = "tools", description = "List tools, optionally filtered by quadrant, category, ring, stage or delivery.")
final class ToolsCommand implements Callable<Integer> {
    private final Clock clock;

    ToolsCommand(Clock clock) {
        this.clock = clock;
    }

    @Mixin
    OutputOptions output;
    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions db;
    @Option(names = "--quadrant", description = "quadrant id or name")
    String quadrant;
    @Option(names = "--category", description = "category id or name")
    String category;
    @Option(names = "--ring", description = "adopt, trial, assess or hold")
    String ring;
    @Option(names = "--stage", description = "lifecycle stage id or name")
    String stage;
    @Option(names = "--delivery", description = "open-source, saas, cloud-service, licensed or internal")
    String delivery;
    @Option(names = "--search", description = "text in a name, alias, tag or description")
    String search;

    @Override
    public Integer call() {
        RadarOfCatalog radar = StoredCatalog.radar(StoredCatalog.catalog(db), java.time.LocalDate.now(clock));
        List<AssessedTool> tools = radar.filter(new ToolFilter(quadrant, category, ring, stage, delivery, search));
        List<ToolJson> rows = tools.stream()
                .sorted(Comparator.comparing((AssessedTool a) -> radar.framework().ring(a.ring()).order())
                        .thenComparing(a -> a.tool().name().toLowerCase()))
                .map(a -> a.json(radar.framework())).toList();
        RowPrinter.print(output, spec, rows, List.of(column("id", ToolJson::id), column("name", ToolJson::name),
                column("category_name", ToolJson::categoryName), column("quadrant_name", ToolJson::quadrantName),
                column("ring", ToolJson::ring), column("x", ToolJson::x), column("y", ToolJson::y)));
        return 0;
    }
}
