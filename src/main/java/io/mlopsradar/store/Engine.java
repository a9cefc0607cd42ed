package io.mlopsradar.store;

import com.zaxxer.hikari.HikariConfig;
import java.nio.file.Path;
import java.util.Properties;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The database engines the store runs on: SQLite for the embedded default, PostgreSQL for production. */
public enum Engine {
    SQLITE("jdbc:sqlite:"),
    POSTGRESQL("jdbc:postgresql:");

    /** How long a writer waits for another process's write transaction before it gives up. */
    static final int BUSY_TIMEOUT_MS = 10_000;

    private final String prefix;

    Engine(String prefix) {
        this.prefix = prefix;
    }

    /** The engine a JDBC URL names; any other URL is refused with a sentence saying which are supported. */
    public static Engine of(String jdbcUrl) {
        for (Engine e : values()) if (jdbcUrl.startsWith(e.prefix)) return e;
        throw new UnsupportedDatabaseException("unsupported database URL '" + jdbcUrl
                + "': use jdbc:sqlite:FILE (the embedded default) or jdbc:postgresql://HOST/NAME");
    }

    /** The SQLite file a URL points at, or null for PostgreSQL. */
    Path file(String jdbcUrl) {
        if (this != SQLITE) return null;
        String rest = jdbcUrl.substring(prefix.length());
        int query = rest.indexOf('?');
        if (query >= 0) rest = rest.substring(0, query);
        if (rest.startsWith("file:")) rest = rest.substring("file:".length());
        return rest.isEmpty() || rest.startsWith(":memory:") ? null : Path.of(rest);
    }

    /**
     * Connection settings. SQLite: write-ahead log (readers never block the writer, other processes share the file,
     * a killed writer leaves only an uncommitted tail that the next open discards); foreign keys on (they are off
     * by default); a bounded busy timeout; write transactions begin IMMEDIATE so two writers queue at BEGIN instead
     * of failing half-way; and synchronous=FULL so a commit reported to the user survives a power cut too (one
     * fsync per commit costs little for a tool whose writes are imports and curation, not a stream of events).
     */
    void configure(HikariConfig config) {
        if (this == SQLITE) {
            config.setDataSourceProperties(sqliteSettings());
            config.setMaximumPoolSize(4);
            config.setMinimumIdle(1); // a command needs one connection; the server opens more when requests overlap
        } else {
            config.setMaximumPoolSize(8);
        }
    }

    /** A SQLite data source that opens a connection, with the same settings, each time one is asked for. */
    DataSource unpooled(String jdbcUrl) {
        var source = new SQLiteDataSource(new SQLiteConfig(sqliteSettings()));
        source.setUrl(jdbcUrl);
        return source;
    }

    private static Properties sqliteSettings() {
        var settings = new Properties();
        settings.setProperty("journal_mode", "WAL");
        settings.setProperty("foreign_keys", "true");
        settings.setProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT_MS));
        settings.setProperty("transaction_mode", "IMMEDIATE");
        settings.setProperty("synchronous", "FULL");
        return settings;
    }

    /** Teaches JDBI what this engine lacks: explicit transactions and timestamps as ISO text on SQLite. */
    void configure(Jdbi jdbi) {
        if (this == SQLITE) {
            jdbi.setTransactionHandler(new SqliteTransactions());
            SqliteTimes.register(jdbi);
        }
    }

    /** The name Flyway gives this engine in {@code {vendor}} locations. */
    String vendor() {
        return this == SQLITE ? "sqlite" : "postgresql";
    }
}
