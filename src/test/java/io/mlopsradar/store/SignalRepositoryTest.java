package io.mlopsradar.store;

import io.mlopsradar.landscape.Framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Fact;
import io.mlopsradar.catalog.Provenance;
import io.mlopsradar.catalog.Snapshot;
import io.mlopsradar.catalog.Tool;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SignalRepositoryTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    static java.util.stream.Stream<Database> databases() {
        return TestDatabases.both();
    }

    static Snapshot full(String tool) {
        return new Snapshot(tool, DAY, "https://api.github.com/repos/mlflow/mlflow", 23000, DAY.minusDays(1),
                LocalDate.of(2026, 11, 2), false, LocalDate.of(2018, 6, 5), "Apache-2.0", 1200, 850, "3.6.0",
                LocalDate.of(2018, 6, 5), null);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsAHistoryPerToolAndEveryFieldOfASnapshot(Database db) {
        try (db) {
            new ToolRepository(db.jdbi()).addMissing(List.of(Catalog.bundled().get("mlflow"), Catalog.bundled().get("nni")));
            var repo = new SignalRepository(db.jdbi());
            Snapshot older = Snapshot.stars("mlflow", LocalDate.of(2025, 6, 26), "best-of-ml-python 2025-06-26", 21034);
            assertThat(repo.addMissing(List.of(full("mlflow"), older, Snapshot.stars("gone", DAY, "x", 1)))).isEqualTo(2);
            assertThat(repo.addMissing(List.of(older))).as("the same snapshot twice is kept once").isZero();
            assertThat(repo.history("mlflow")).containsExactly(older, full("mlflow"));
            assertThat(repo.all().history("nni")).isEmpty();
            assertThat(new ToolRepository(db.jdbi()).catalog().signals().latest("mlflow", Snapshot::stars).orElseThrow().value())
                    .isEqualTo(23000);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRefreshIsWrittenWhollyOrNotAtAll(Database db) {
        try (db) {
            var tools = new ToolRepository(db.jdbi());
            Tool mlflow = Catalog.bundled().get("mlflow");
            tools.addMissing(List.of(mlflow));
            var repo = new SignalRepository(db.jdbi());
            Tool newer = mlflow.withStars(23000, new Provenance("https://api.github.com/repos/mlflow/mlflow", DAY));
            repo.record(List.of(full("mlflow")), List.of(newer));
            assertThat(tools.find("mlflow").orElseThrow().tool().githubStars()).isEqualTo(23000);
            assertThat(tools.find("mlflow").orElseThrow().tool().provenance(Fact.GITHUB_STARS).orElseThrow().asOf()).isEqualTo(DAY);

            Snapshot bad = new Snapshot("mlflow", DAY.plusDays(1), "x".repeat(600), 1, null, null, null, null, null, null,
                    null, null, null, null);
            Tool again = mlflow.withStars(1, new Provenance("x", DAY.plusDays(1)));
            assertThatThrownBy(() -> repo.record(List.of(Snapshot.stars("mlflow", DAY.plusDays(1), "ok", 24000), bad), List.of(again)));
            assertThat(repo.history("mlflow")).hasSize(1);
            assertThat(tools.find("mlflow").orElseThrow().tool().githubStars()).isEqualTo(23000);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void remembersTheLastETagOfAUrl(Database db) {
        try (db) {
            var repo = new SignalRepository(db.jdbi());
            assertThat(repo.cached("https://api.github.com/repos/a/b")).isEmpty();
            repo.remember("https://api.github.com/repos/a/b", new SignalRepository.Cached("\"e1\"", "{}"));
            repo.remember("https://api.github.com/repos/a/b", new SignalRepository.Cached("\"e2\"", "{\"x\":1}"));
            assertThat(repo.cached("https://api.github.com/repos/a/b")).hasValue(new SignalRepository.Cached("\"e2\"", "{\"x\":1}"));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void seedingStoresTheBundledHistory(Database db) {
        try (db) {
            new Seeder(db).seed(Framework.bundled(), Catalog.bundled(), LocalDate.of(2026, 11, 28));
            var stored = new SignalRepository(db.jdbi()).all();
            assertThat(stored.all()).hasSameSizeAs(Catalog.bundled().signals().all());
            assertThat(stored.history("nni")).isEqualTo(Catalog.bundled().signals().history("nni"));
        }
    }
}
