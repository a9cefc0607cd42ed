package io.mlopsradar.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.util.UUID;
import java.util.stream.Stream;

/** Fresh databases for repository tests: a SQLite file in the temporary folder and a database in an embedded PostgreSQL server. */
public final class TestDatabases {
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    /** Both kinds, each a new empty database; for {@code @MethodSource}. */
    public static Stream<Database> both() {
        return Stream.of(sqlite(), postgres());
    }

    /** A new empty database of the named engine, "sqlite" or "postgresql"; for parameterised tests. */
    public static Database of(String engine) {
        return switch (engine) {
            case "sqlite" -> sqlite();
            case "postgresql" -> postgres();
            default -> throw new IllegalArgumentException("no test database engine '" + engine + "'");
        };
    }

    public static Database sqlite() {
        return Database.open(Database.temporaryUrl("t" + UUID.randomUUID().toString().replace("-", "")));
    }

    public static synchronized Database postgres() {
        try {
            if (postgres == null) postgres = EmbeddedPostgres.builder().start();
            String name = "t" + UUID.randomUUID().toString().replace("-", "");
            try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("CREATE DATABASE " + name);
            }
            return Database.open(postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
