package io.mlopsradar.editions;

import static io.mlopsradar.editions.Histories.JAN;
import static io.mlopsradar.editions.Histories.dvc;
import static io.mlopsradar.editions.Histories.mlflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditionTest {

    @Test
    void aDraftCanBeEditedAndPublished() {
        var draft = Edition.draft(JAN, List.of(mlflow("Trial")))
                .withBlip(dvc("Assess"))
                .withBlip(mlflow("Adopt"))
                .withoutBlip("dvc");
        var published = draft.publish();
        assertThat(published.isPublished()).isTrue();
        assertThat(published.blips()).containsExactly(mlflow("Adopt"));
    }

    @Test
    void everyChangeToAPublishedEditionIsRefused() {
        var published = Edition.published(JAN, List.of(mlflow("Trial")));
        assertThatThrownBy(() -> published.withBlip(dvc("Hold"))).isInstanceOf(PublishedEditionException.class)
                .hasMessageContaining("2024-01-01 is published").hasMessageContaining("dvc");
        assertThatThrownBy(() -> published.withoutBlip("mlflow")).isInstanceOf(PublishedEditionException.class);
        assertThatThrownBy(() -> published.withBlips(List.of())).isInstanceOf(PublishedEditionException.class);
        assertThatThrownBy(() -> published.withDate(JAN.plusDays(1))).isInstanceOf(PublishedEditionException.class);
        assertThatThrownBy(published::publish).isInstanceOf(PublishedEditionException.class);
    }

    @Test
    void theBlipListCannotBeChangedFromOutside() {
        var published = Edition.published(JAN, List.of(mlflow("Trial")));
        assertThatThrownBy(() -> published.blips().add(dvc("Hold"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aKeyMayAppearOnlyOncePerEdition() {
        assertThatThrownBy(() -> Edition.draft(JAN, List.of(mlflow("Trial"), mlflow("Hold"))))
                .hasMessageContaining("'mlflow' appears twice");
    }
}
