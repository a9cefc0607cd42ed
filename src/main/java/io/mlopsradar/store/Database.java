package io.mlopsradar.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/** A migrated database: H2 file by default, PostgreSQL in production; one set of migrations for both. */
public final class Database implements AutoCloseable {
    /** The H2 settings that make it accept the same SQL as PostgreSQL. */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final String url;

    private Database(String url, String user, String password) {
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) config.setUsername(user);
        if (password != null) config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setPoolName("radar");
        this.dataSource = new HikariDataSource(config);
        this.url = url;
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        this.jdbi = Jdbi.create(dataSource);
    }

    /** Opens (and migrates) the database at a JDBC URL; user and password may come from RADAR_DB_USER/PASSWORD. */
    public static Database open(String jdbcUrl) {
        return new Database(jdbcUrl, System.getenv("RADAR_DB_USER"), System.getenv("RADAR_DB_PASSWORD"));
    }

    public static Database open(String jdbcUrl, String user, String password) {
        return new Database(jdbcUrl, user, password);
    }

    /** The default: an H2 file database under the given directory. */
    public static String defaultUrl(Path directory) {
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("radar") + H2_OPTIONS;
    }

    /** An H2 database that lives as long as the JVM, for tests. */
    public static String memoryUrl(String name) {
        return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
