package io.mlopsradar.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * A migrated database: a SQLite file by default (several processes may share it), PostgreSQL in production; one set
 * of migrations where the SQL is common, an engine folder where it must differ. Writes go through
 * {@link #inWriteTransaction}, which bumps the database's change counter.
 */
public final class Database implements AutoCloseable {
    private final DataSource dataSource;
    private final Jdbi jdbi;
    private final String url;
    private final Engine engine;

    private Database(String url, String user, String password, boolean pooled) {
        this.engine = Engine.of(url);
        this.url = url;
        Path file = engine.file(url);
        createFolder(file);
        String where = file == null ? url : file.toString();
        boolean unpooled = !pooled && engine == Engine.SQLITE; // PostgreSQL always keeps its pool
        try {
            this.dataSource = unpooled ? engine.unpooled(url) : pool(url, user, password);
            if (unpooled) dataSource.getConnection().close(); // a file that is no database is refused here, as a pool does
        } catch (RuntimeException | SQLException e) {
            throw StoreFailures.atOpen(e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e), where);
        }
        try {
            this.jdbi = Jdbi.create(dataSource);
            engine.configure(jdbi);
            Migrations.apply(jdbi, dataSource, engine, file);
        } catch (RuntimeException e) {
            close();
            throw StoreFailures.atOpen(e, where);
        }
    }

    private HikariDataSource pool(String url, String user, String password) {
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        if (engine == Engine.POSTGRESQL && user != null) config.setUsername(user);
        if (engine == Engine.POSTGRESQL && password != null) config.setPassword(password);
        config.setPoolName("radar");
        engine.configure(config);
        return new HikariDataSource(config);
    }

    /** Opens (and migrates) the database at a JDBC URL; user and password may come from RADAR_DB_USER/PASSWORD. */
    public static Database open(String jdbcUrl) {
        return new Database(jdbcUrl, System.getenv("RADAR_DB_USER"), System.getenv("RADAR_DB_PASSWORD"), true);
    }

    public static Database open(String jdbcUrl, String user, String password) {
        return new Database(jdbcUrl, user, password, true);
    }

    /**
     * Opens the database for one command: on SQLite without a pool (a command opens a few connections one after the
     * other, and starting a pool costs more than opening them); PostgreSQL keeps its pool.
     */
    public static Database openForCommand(String jdbcUrl) {
        return new Database(jdbcUrl, System.getenv("RADAR_DB_USER"), System.getenv("RADAR_DB_PASSWORD"), false);
    }

    /** The default: the SQLite file {@code radar.db} in the given directory. */
    public static String defaultUrl(Path directory) {
        return "jdbc:sqlite:" + directory.toAbsolutePath().normalize().resolve("radar.db");
    }

    /** A new SQLite file in the temporary folder, deleted when the JVM exits; for tests and benchmarks. */
    public static String temporaryUrl(String name) {
        try {
            Path file = Files.createTempFile("radar-" + name.replaceAll("[^A-Za-z0-9_-]", "") + "-", ".db");
            Files.delete(file);
            for (String suffix : new String[] {"", "-wal", "-shm", ".migrate-lock"}) {
                file.resolveSibling(file.getFileName() + suffix).toFile().deleteOnExit();
            }
            return defaultUrl(file.getParent()).replace("radar.db", file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public String url() {
        return url;
    }

    public Engine engine() {
        return engine;
    }

    /** Runs a write in one transaction that bumps the change counter; see {@link Changes#inWriteTransaction}. */
    public <R, X extends Exception> R inWriteTransaction(HandleCallback<R, X> write) throws X {
        return Changes.inWriteTransaction(jdbi, write);
    }

    /** The change counter: caches and ETags keyed on it see every committed write, from any process. */
    public long changes() {
        return Changes.current(jdbi);
    }

    private static void createFolder(Path file) {
        if (file == null || file.toAbsolutePath().getParent() == null) return;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new DatabaseUnusableException("cannot create the folder of the database file " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (dataSource instanceof HikariDataSource pool) pool.close();
    }
}
