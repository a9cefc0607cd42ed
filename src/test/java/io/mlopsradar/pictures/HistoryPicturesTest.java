package io.mlopsradar.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.editions.Histories;
import io.mlopsradar.drawing.Movement;
import io.mlopsradar.drawing.RadarEntry;
import io.mlopsradar.drawing.RadarPicture;
import io.mlopsradar.drawing.TimelinePicture;
import io.mlopsradar.drawing.TimelinePoint;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HistoryPicturesTest {

    @Test
    void anEditionIsDrawnWithMovementsAndWithoutItsRemovedBlips() {
        RadarPicture p = HistoryPictures.radar(Histories.fiveEditions(), Histories.APR, "tools/{id}.html");
        Map<String, Movement> moves = p.entries().stream().collect(Collectors.toMap(RadarEntry::id, RadarEntry::movement));
        assertThat(moves).containsOnlyKeys("mlflow", "dvc", "kubeflow", "optuna")
                .containsEntry("mlflow", Movement.MOVED_IN).containsEntry("dvc", Movement.UNCHANGED)
                .containsEntry("optuna", Movement.NEW);
        assertThat(p.segments()).isEqualTo(Histories.RADAR.segments());
        assertThat(p.date()).isEqualTo("2024-04-01");
        assertThat(p.linkPattern()).isEqualTo("tools/{id}.html");
    }

    @Test
    void aReturnedBlipIsDrawnByItsRingChangeSinceLastSeen() {
        // kubeflow: Assess on 2024-04-01, absent on 2024-10-01, Hold on 2025-01-01
        RadarPicture p = HistoryPictures.radar(Histories.fiveEditions(), Histories.NEXT_JAN, null);
        assertThat(p.entries()).filteredOn(e -> e.id().equals("kubeflow")).singleElement()
                .extracting(RadarEntry::movement).isEqualTo(Movement.MOVED_OUT);
    }

    @Test
    void aTimelineHasAGapWhereTheBlipWasRemoved() {
        TimelinePicture t = HistoryPictures.timeline(Histories.fiveEditions(), "airflow");
        assertThat(t.title()).isEqualTo("Apache Airflow on MLOps Radar");
        assertThat(t.points()).extracting(TimelinePoint::ring).containsExactly(0, null, 3, 1, 1);
    }
}
