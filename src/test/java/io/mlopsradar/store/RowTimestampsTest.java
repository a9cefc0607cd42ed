package io.mlopsradar.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Provenance;
import io.mlopsradar.catalog.Snapshot;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.editions.Histories;
import io.mlopsradar.landscape.Framework;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RowTimestampsTest {
    static final Instant PINNED = Instant.parse("2031-02-03T04:05:06Z");
    static final Instant LATER = Instant.parse("2032-07-08T09:10:11Z");
    static final Clock AT_PINNED = Clock.fixed(PINNED, ZoneOffset.UTC);
    static final Clock AT_LATER = Clock.fixed(LATER, ZoneOffset.UTC);

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void toolsAreStampedWithTheRepositorysClockWhenAddedUpdatedAndRefreshed(Database db) {
        try (db) {
            Tool mlflow = Catalog.bundled().get("mlflow");
            new ToolRepository(db.jdbi(), AT_PINNED).addMissing(List.of(mlflow));
            assertThat(stamps(db, "SELECT updated_at FROM tool")).containsExactly(PINNED);

            new ToolRepository(db.jdbi(), AT_LATER).update(mlflow, 1);
            assertThat(stamps(db, "SELECT updated_at FROM tool")).containsExactly(LATER);

            var signals = new SignalRepository(db.jdbi(), AT_PINNED);
            var read = Snapshot.stars("mlflow", LocalDate.of(2031, 2, 3), "https://api.github.com/repos/mlflow/mlflow", 30000);
            signals.record(List.of(read), List.of(mlflow.withStars(30000, new Provenance(read.source(), read.asOf()))));
            assertThat(stamps(db, "SELECT recorded_at FROM signal_snapshot")).containsExactly(PINNED);
            assertThat(stamps(db, "SELECT updated_at FROM tool")).as("the refreshed star count").containsExactly(PINNED);

            signals.remember("https://api.github.com/repos/mlflow/mlflow", new SignalRepository.Cached("\"e1\"", "{}"));
            assertThat(stamps(db, "SELECT fetched_at FROM http_cache")).containsExactly(PINNED);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void radarsAndEditionsAreStampedWithTheRepositorysClockWhenSavedAndPublished(Database db) {
        try (db) {
            var radars = new RadarRepository(db.jdbi(), AT_PINNED);
            radars.save(Histories.fiveEditions());
            assertThat(stamps(db, "SELECT created_at FROM radar")).containsExactly(PINNED);
            assertThat(stamps(db, "SELECT updated_at FROM edition")).hasSize(5).containsOnly(PINNED);

            new RadarRepository(db.jdbi(), AT_LATER).publish("mlops", Histories.JUL);
            assertThat(stamps(db, "SELECT updated_at FROM edition WHERE status = 'PUBLISHED' ORDER BY edition_date"))
                    .containsExactly(PINNED, PINNED, LATER, PINNED, PINNED);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSeededDatabaseIsStampedWithTheSeedersClock(Database db) {
        try (db) {
            new Seeder(db, AT_PINNED).seed(Framework.bundled(), Catalog.bundled(), LocalDate.ofInstant(PINNED, ZoneOffset.UTC));
            assertThat(stamps(db, "SELECT DISTINCT updated_at FROM tool")).containsExactly(PINNED);
            assertThat(stamps(db, "SELECT DISTINCT recorded_at FROM signal_snapshot")).containsExactly(PINNED);
            assertThat(stamps(db, "SELECT created_at FROM radar")).containsExactly(PINNED);
        }
    }

    private static List<Instant> stamps(Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).map((rs, ctx) -> Times.read(rs, 1, ctx).toInstant()).list());
    }
}
