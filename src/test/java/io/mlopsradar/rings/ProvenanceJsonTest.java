package io.mlopsradar.rings;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.catalog.Provenance;
import io.mlopsradar.catalog.Status;
import io.mlopsradar.text.JsonMappers;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProvenanceJsonTest {

    @Test
    void aToolsFactsAreWrittenByFactNameWithTheirSourceAndAsOfDate() throws Exception {
        var tool = ActivityRulesTest.mature("m", Status.ACTIVE).withStars(5000, new Provenance("best-of-ml-python", LocalDate.of(2026, 1, 2)));
        assertThat(JsonMappers.compact().writeValueAsString(ProvenanceJson.facts(tool))).isEqualTo(
                "{\"github_stars\":{\"source\":\"best-of-ml-python\",\"as_of\":\"2026-01-02\"},"
                        + "\"status\":{\"source\":\"https://github.com/example/m\",\"as_of\":\"2025-03-25\"}}");
    }
}
