package io.mlopsradar.catalog;

import io.mlopsradar.text.GoldenJson;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotJsonTest {

    @Test
    void aSnapshotWritesEveryStatedSignalUnderItsSignalsYamlKeyAndLeavesOutTheRest() {
        var full = new Snapshot("mlflow", LocalDate.of(2026, 11, 1), "https://api.github.com/repos/mlflow/mlflow", 23000,
                LocalDate.of(2026, 10, 30), LocalDate.of(2026, 10, 2), false, LocalDate.of(2018, 6, 5), "Apache-2.0", 1200,
                850, "3.6.0", LocalDate.of(2018, 6, 5), "https://github.com/mlflow/mlflow-new");
        var starsOnly = Snapshot.stars("dvc", LocalDate.of(2025, 1, 1), "best-of-ml-python 2025-01-01", 14000);
        GoldenJson.assertMatches(List.of(SnapshotJson.of(full), SnapshotJson.of(starsOnly)), "catalog/snapshots.json");
    }
}
