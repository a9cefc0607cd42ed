package io.mlopsradar.cli;

import io.mlopsradar.store.Database;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The `--db JDBC_URL` option (or RADAR_DB); default: an H2 file database under ./radar-data/. */
final class DatabaseOptions {
    @Option(names = "--db", description = "JDBC URL (default: $RADAR_DB, else an H2 file under ./radar-data/)")
    String url;

    String url() {
        if (url != null && !url.isBlank()) return url;
        String env = System.getenv("RADAR_DB");
        if (env != null && !env.isBlank()) return env;
        return Database.defaultUrl(Path.of("radar-data"));
    }

    Database open() {
        return Database.open(url());
    }
}
