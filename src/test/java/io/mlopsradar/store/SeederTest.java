package io.mlopsradar.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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

    @ParameterizedTest
    @MethodSource("databases")
    void aSeededDatabaseWithAnUnchangedCatalogueParsesNothingAndAChangedOneAddsItsNewTools(Database db) {
        try (db) {
            var seeder = new Seeder(db);
            Catalog bundled = Catalog.bundled();
            var fewer = new Catalog(bundled.tools().subList(0, bundled.size() - 2));
            assertThat(seeder.seed(Framework::bundled, () -> fewer, "v1", DAY)).isEqualTo(bundled.size() - 2);
            long changes = db.changes();
            assertThat(seeder.seed(() -> fail("framework parsed"), () -> fail("catalogue parsed"), "v1", DAY)).isZero();
            assertThat(db.changes()).as("nothing written").isEqualTo(changes);
            assertThat(seeder.seed(Framework::bundled, () -> bundled, "v2", DAY)).as("not a first start").isZero();
            assertThat(new ToolRepository(db.jdbi()).count()).isEqualTo(bundled.size());
            assertThat(new RadarRepository(db.jdbi()).history(DefaultRadar.NAME).orElseThrow().editions()).hasSize(1);
        }
    }
}
