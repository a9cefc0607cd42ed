package io.mlopsradar.cli;

import io.mlopsradar.editions.EditionMaps;
import io.mlopsradar.editions.History;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.RadarRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            List<Map<String, Object>> rows = repo.all().stream().map(r -> row(Radars.history(repo, r.name()))).toList();
            Rows.print(output, spec, rows, List.of("name", "title", "editions", "latest", "latest_published"));
            return 0;
        }
    }

    static Map<String, Object> row(History h) {
        var m = new LinkedHashMap<String, Object>(EditionMaps.radar(h.radar()));
        m.put("editions", h.editions().size());
        m.put("latest", h.editions().isEmpty() ? null : h.editions().get(h.editions().size() - 1).date());
        m.put("latest_published", h.latestPublished().map(e -> e.date()).orElse(null));
        return m;
    }
}
