package io.mlopsradar.cli;

import static io.mlopsradar.cli.RowPrinter.column;

import io.mlopsradar.editions.HistoryJson;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.RadarRepository;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the stored radars with their edition counts and latest edition. */
@Command(name = "radars", description = "List the stored radars.")
final class RadarsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions db;
    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        try (Database database = db.open()) {
            var repo = new RadarRepository(database.jdbi());
            List<HistoryJson.RadarJson> rows = repo.all().stream().map(r -> HistoryJson.overview(RadarLookup.history(repo, r.name()))).toList();
            RowPrinter.print(output, spec, rows, List.of(column("name", HistoryJson.RadarJson::name), column("title", HistoryJson.RadarJson::title),
                    column("editions", HistoryJson.RadarJson::editions), column("latest", HistoryJson.RadarJson::latest),
                    column("latest_published", HistoryJson.RadarJson::latestPublished)));
            return 0;
        }
    }
}
