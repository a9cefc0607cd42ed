package io.mlopsradar.cli;

import io.mlopsradar.editions.History;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.RadarRepository;
import picocli.CommandLine.Option;

/** The `--radar NAME` option of the commands that work on one stored radar. */
final class RadarOption {
    @Option(names = "--radar", required = true, description = "radar name")
    String radar;

    /** The radar's history, or a bad-input error naming the radars there are. */
    History history(Database database) {
        return RadarLookup.history(new RadarRepository(database.jdbi()), radar);
    }
}
