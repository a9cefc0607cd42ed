package io.mlopsradar.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToolTest {

    @Test
    void sourceAvailableLicencesAreNotOpenSource() {
        Catalog catalog = Catalog.bundled();
        assertThat(catalog.get("mlflow").isOpenSource()).isTrue();
        assertThat(catalog.get("terraform").isOpenSource()).as("BUSL-1.1").isFalse();
        assertThat(catalog.get("phoenix").isOpenSource()).as("Elastic-2.0").isFalse();
        assertThat(catalog.get("wandb").isOpenSource()).isFalse();
        assertThat(catalog.get("terraform").isSelfHostable()).isTrue();
    }
}
