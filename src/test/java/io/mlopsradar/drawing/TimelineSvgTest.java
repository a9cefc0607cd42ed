package io.mlopsradar.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineSvgTest {

    static TimelinePicture mlflow() {
        return new TimelinePicture("MLflow across editions", List.of("Adopt", "Trial", "Assess", "Hold"), List.of(
                new TimelinePoint(LocalDate.of(2024, 5, 1), 1, "first used in a real project"),
                new TimelinePoint(LocalDate.of(2022, 1, 1), 3, "new"),
                new TimelinePoint(LocalDate.of(2023, 1, 1), 2, null),
                new TimelinePoint(LocalDate.of(2025, 1, 1), null, "removed"),
                new TimelinePoint(LocalDate.of(2026, 1, 1), 0, "back, <adopted> & loved")));
    }

    @Test
    void everyEditionIsMarkedAndDatedInOrder() {
        SvgDocument doc = SvgDocument.parse(TimelineSvg.render(mlflow()));

        assertThat(doc.withClass("edition")).extracting(e -> e.getAttribute("data-date"))
                .containsExactly("2022-01-01", "2023-01-01", "2024-05-01", "2025-01-01", "2026-01-01");
        assertThat(doc.withClass("editions").get(0).getTextContent()).contains("back, <adopted> & loved");
    }

    @Test
    void editionsOffTheRadarShowAsGaps() {
        SvgDocument doc = SvgDocument.parse(TimelineSvg.render(mlflow()));

        assertThat(doc.withClass("gap")).hasSize(2);
        assertThat(doc.withClass("step")).hasSize(2);
        assertThat(doc.withClass("lanes").get(0).getTextContent()).contains("Adopt", "Hold", "not on radar");
    }

    @Test
    void aSingleEditionStillRenders() {
        TimelinePicture one = new TimelinePicture("One", List.of("Adopt"),
                List.of(new TimelinePoint(LocalDate.of(2026, 1, 1), 0, null)));

        assertThat(SvgDocument.parse(TimelineSvg.render(one)).withClass("edition")).hasSize(1);
    }
}
