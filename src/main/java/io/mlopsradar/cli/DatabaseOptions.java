package io.mlopsradar.cli;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.Seeder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * The `--db JDBC_URL` option (or RADAR_DB); default: the SQLite file ./radar-data/radar.db. Opening migrates the
 * database and, the first time, fills it with the bundled catalogue and the MLOps radar's first edition.
 */
final class DatabaseOptions {
    @Option(names = "--db", description = "JDBC URL (default: $RADAR_DB, else the SQLite file ./radar-data/radar.db)")
    String url;

    private final Clock clock;

    DatabaseOptions(Clock clock) {
        this.clock = clock;
    }

    /** The clock of this run, which dates what opening the database writes. */
    Clock clock() {
        return clock;
    }

    /** Tools added by the first-use seeding of the last {@link #open()}; 0 when the database was seeded before. */
    int seeded;

    String url() {
        if (url != null && !url.isBlank()) return url;
        String env = System.getenv("RADAR_DB");
        if (env != null && !env.isBlank()) return env;
        return Database.defaultUrl(Path.of("radar-data"));
    }

    /** Opens (and migrates) the database without seeding it, for commands that must not write. */
    Database openUnseeded() {
        return Database.openForCommand(url());
    }

    /** Opens, migrates and (the first time) seeds the database for this command. */
    Database open() {
        return seed(Database.openForCommand(url()));
    }

    /** As {@link #open()}, with a pool of connections for a server's concurrent requests. */
    Database openForServer() {
        return seed(Database.open(url()));
    }

    private Database seed(Database database) {
        seeded = new Seeder(database, clock).seed(Framework::bundled, Catalog::bundled, Catalog.bundledChecksum(), LocalDate.now(clock));
        return database;
    }
}
