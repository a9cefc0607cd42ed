package io.mlopsradar.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.editions.DefaultRadar;
import io.mlopsradar.landscape.Framework;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SeederTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void firstStartLoadsTheCatalogueAndTheMlopsRadarOnceOnly(Database db) {
        try (db) {
            var seeder = new Seeder(db);
            int tools = Catalog.bundled().size();
            assertThat(seeder.seed(Framework.bundled(), Catalog.bundled(), DAY)).isEqualTo(tools);
            assertThat(seeder.seed(Framework.bundled(), Catalog.bundled(), DAY.plusDays(1))).as("second start").isZero();
            assertThat(new ToolRepository(db.jdbi()).count()).isEqualTo(tools);
            var history = new RadarRepository(db.jdbi()).history(DefaultRadar.NAME).orElseThrow();
            assertThat(history.editions()).singleElement().satisfies(e -> {
                assertThat(e.date()).isEqualTo(DAY);
                assertThat(e.isPublished()).isTrue();
                assertThat(e.blips()).hasSize(tools);
            });
        }
    }
}
