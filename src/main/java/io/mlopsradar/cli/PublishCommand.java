package io.mlopsradar.cli;

import io.mlopsradar.store.Database;
import io.mlopsradar.store.RadarRepository;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Publishes a draft edition; published editions never change afterwards. */
@Command(name = "publish", description = "Publish a draft edition of a radar.")
final class PublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions db;
    @Mixin
    RadarOption radar;
    @Option(names = "--edition", required = true, description = "the draft's date, YYYY-MM-DD")
    String edition;

    @Override
    public Integer call() {
        try (Database database = db.open()) {
            var repo = new RadarRepository(database.jdbi(), db.clock());
            var history = radar.history(database);
            LocalDate date = RadarLookup.date(edition, "--edition");
            if (history.find(date).map(e -> e.isPublished()).orElse(false)) {
                throw new BadInputException("edition " + date + " of radar '" + history.radar().name() + "' is already published");
            }
            repo.publish(history.radar().name(), date);
            spec.commandLine().getOut().println("published edition " + date + " of radar '" + history.radar().name() + "'");
            return 0;
        }
    }
}
