package io.mlopsradar.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.Histories;
import io.mlopsradar.editions.History;
import io.mlopsradar.landscape.Framework;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    @Test
    void everyBlipIsOneEntryInKeyOrderWithItsLatestRingOrNoneWhenItLeft() {
        var hostile = new Blip("odd-one", "</script><b>Odd</b>", "Trial", "ML Platforms", null);
        var history = new History(Histories.RADAR, List.of(
                Edition.published(Histories.JAN, List.of(Histories.mlflow("Assess"), hostile)),
                Edition.published(Histories.APR, List.of(Histories.mlflow("Trial"), Histories.dvc("Hold")))));
        String script = SearchIndex.script(SiteData.of(history, new Catalog(List.of()), Framework.bundled()));
        assertThat(script).isEqualTo("window.RADAR_SEARCH = ["
                + "{\"key\":\"dvc\",\"name\":\"DVC\",\"ring\":\"Hold\",\"segment\":\"Specialized ML Tools\",\"url\":\"tools/dvc.html\"},"
                + "{\"key\":\"mlflow\",\"name\":\"MLflow\",\"ring\":\"Trial\",\"segment\":\"ML Platforms\",\"url\":\"tools/mlflow.html\"},"
                + "{\"key\":\"odd-one\",\"name\":\"<\\/script><b>Odd<\\/b>\",\"ring\":null,\"segment\":\"ML Platforms\",\"url\":\"tools/odd-one.html\"}"
                + "];\n");
    }
}
