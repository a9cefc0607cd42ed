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
            String before = repo.stamp();
            assertThat(repo.update(stored.tool(), stored.version())).isEqualTo(2);
            assertThat(repo.stamp()).isNotEqualTo(before);
            assertThatThrownBy(() -> repo.update(stored.tool(), stored.version()))
                    .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("changed by someone else");
        }
    }
}
