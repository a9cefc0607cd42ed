package io.mlopsradar.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Tool;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ToolRepositoryTest {

    static java.util.stream.Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void storesTheWholeCatalogueAndReadsItBackUnchanged(Database db) {
        try (db) {
            var repo = new ToolRepository(db.jdbi());
            List<Tool> bundled = Catalog.bundled().tools();
            assertThat(repo.addMissing(bundled)).isEqualTo(bundled.size());
            assertThat(repo.all()).containsExactlyElementsOf(bundled);
            assertThat(repo.addMissing(bundled)).as("a second load adds nothing").isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anUpdateBasedOnAStaleVersionIsRefused(Database db) {
        try (db) {
            var repo = new ToolRepository(db.jdbi());
            Tool mlflow = Catalog.bundled().get("mlflow");
            repo.addMissing(List.of(mlflow));
            var stored = repo.find("mlflow").orElseThrow();
            long before = db.changes();
            assertThat(repo.update(stored.tool(), stored.version())).isEqualTo(2);
            assertThat(db.changes()).isGreaterThan(before);
            long afterUpdate = db.changes();
            assertThatThrownBy(() -> repo.update(stored.tool(), stored.version()))
                    .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("changed by someone else");
            assertThat(db.changes()).as("a refused write rolls the counter back with it").isEqualTo(afterUpdate);
        }
    }
}
