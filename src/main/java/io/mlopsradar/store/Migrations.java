package io.mlopsradar.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * Brings a database's schema up to date: the common migrations ({@code db/migration}) and the engine's own
 * ({@code db/vendor/<engine>}; Flyway itself has no {@code {vendor}} placeholder, that is Spring Boot's, so the
 * engine's folder is named here). On a SQLite file, processes that open a new database at the same moment take turns
 * through a lock file beside it, since Flyway does not lock SQLite's schema history.
 */
final class Migrations {
    static final String COMMON = "classpath:db/migration";
    static final String VENDOR = "classpath:db/vendor/";

    private Migrations() {
    }

    static void apply(Jdbi jdbi, DataSource dataSource, Engine engine, Path sqliteFile) {
        if (MigrationIndex.current(jdbi, engine)) return;
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations(COMMON, VENDOR + engine.vendor()).load();
        if (sqliteFile == null) {
            flyway.migrate();
            return;
        }
        Path lockFile = sqliteFile.resolveSibling(sqliteFile.getFileName() + ".migrate-lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            flyway.migrate();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile + " to update the database schema", e);
        }
    }
}
