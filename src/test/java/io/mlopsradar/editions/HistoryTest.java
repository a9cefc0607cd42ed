package io.mlopsradar.editions;

import static io.mlopsradar.editions.Histories.APR;
import static io.mlopsradar.editions.Histories.JAN;
import static io.mlopsradar.editions.Histories.JUL;
import static io.mlopsradar.editions.Histories.NEXT_JAN;
import static io.mlopsradar.editions.Histories.OCT;
import static io.mlopsradar.editions.Histories.RADAR;
import static io.mlopsradar.editions.Histories.airflow;
import static io.mlopsradar.editions.Histories.mlflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {
    private final History history = Histories.fiveEditions();

    @Test
    void everyBlipOfTheFirstEditionIsNew() {
        assertThat(history.movements(JAN)).extracting(BlipMovement::key, BlipMovement::movement)
                .containsExactly(tuple("mlflow", Movement.NEW), tuple("dvc", Movement.NEW),
                        tuple("airflow", Movement.NEW), tuple("kubeflow", Movement.NEW));
    }

    @Test
    void movesTowardTheCentreCountAsMovedInAndRemovedBlipsAreListedLast() {
        assertThat(history.movements(APR)).extracting(BlipMovement::key, BlipMovement::movement, BlipMovement::previousRing)
                .containsExactly(tuple("mlflow", Movement.MOVED_IN, "Assess"), tuple("dvc", Movement.UNCHANGED, "Trial"),
                        tuple("kubeflow", Movement.MOVED_IN, "Hold"), tuple("optuna", Movement.NEW, null),
                        tuple("airflow", Movement.REMOVED, "Adopt"));
    }

    @Test
    void aDraftInBetweenIsIgnoredAndAReturnRemembersItsLastAppearance() {
        var october = history.movements(OCT);
        assertThat(october).extracting(BlipMovement::key, BlipMovement::movement)
                .containsExactly(tuple("mlflow", Movement.MOVED_IN), tuple("dvc", Movement.MOVED_OUT),
                        tuple("airflow", Movement.RETURNED), tuple("optuna", Movement.UNCHANGED),
                        tuple("kubeflow", Movement.REMOVED));
        var airflow = october.get(2);
        assertThat(airflow.returnedFrom()).isEqualTo(JAN);
        assertThat(airflow.previousRing()).isEqualTo("Adopt");
        assertThat(airflow.sinceLastSeen()).isEqualTo(Movement.MOVED_OUT);
        assertThat(airflow.simple()).isEqualTo(Movement.MOVED_OUT);
    }

    @Test
    void aDraftEditionIsComparedWithThePreviousPublishedEdition() {
        assertThat(history.movements(JUL)).extracting(BlipMovement::key, BlipMovement::movement)
                .containsExactly(tuple("mlflow", Movement.UNCHANGED), tuple("airflow", Movement.RETURNED),
                        tuple("dvc", Movement.REMOVED), tuple("kubeflow", Movement.REMOVED), tuple("optuna", Movement.REMOVED));
    }

    @Test
    void aBlipCanReturnAfterBeingRemovedTwice() {
        var kubeflow = history.movements(NEXT_JAN).stream().filter(m -> m.key().equals("kubeflow")).findFirst().orElseThrow();
        assertThat(kubeflow.movement()).isEqualTo(Movement.RETURNED);
        assertThat(kubeflow.returnedFrom()).isEqualTo(APR);
        assertThat(kubeflow.sinceLastSeen()).isEqualTo(Movement.MOVED_OUT);
        assertThat(history.movements(NEXT_JAN)).extracting(BlipMovement::key, BlipMovement::movement)
                .contains(tuple("dvc", Movement.REMOVED), tuple("airflow", Movement.UNCHANGED));
    }

    @Test
    void timelineShowsEachEditionTheBlipIsOnAndEachRemoval() {
        assertThat(history.timeline("airflow")).extracting(TimelineEntry::date, TimelineEntry::ring, TimelineEntry::movement)
                .containsExactly(tuple(JAN, "Adopt", Movement.NEW), tuple(APR, null, Movement.REMOVED),
                        tuple(JUL, "Hold", Movement.RETURNED), tuple(OCT, "Trial", Movement.RETURNED),
                        tuple(NEXT_JAN, "Trial", Movement.UNCHANGED));
        assertThat(history.timeline("airflow").get(0).note()).isEqualTo("Schedules **any** task.");
    }

    @Test
    void timelineOfAnUnknownKeyIsEmpty() {
        assertThat(history.timeline("nothing")).isEmpty();
    }

    @Test
    void diffComparesAnyTwoEditionsInEitherOrder() {
        var diff = history.diff(JAN, NEXT_JAN);
        assertThat(diff.added()).extracting(Blip::key).containsExactly("optuna");
        assertThat(diff.removed()).extracting(Blip::key).containsExactly("dvc");
        assertThat(diff.movedIn()).extracting(c -> c.blip().key(), RingChange::fromRing).containsExactly(tuple("mlflow", "Assess"));
        assertThat(diff.movedOut()).extracting(c -> c.blip().key(), RingChange::fromRing).containsExactly(tuple("airflow", "Adopt"));
        assertThat(diff.unchanged()).extracting(Blip::key).containsExactly("kubeflow");

        var backwards = history.diff(NEXT_JAN, JAN);
        assertThat(backwards.added()).extracting(Blip::key).containsExactly("dvc");
        assertThat(backwards.movedOut()).extracting(c -> c.blip().key()).containsExactly("mlflow");
    }

    @Test
    void diffIncludesDraftEditions() {
        var diff = history.diff(APR, JUL);
        assertThat(diff.added()).extracting(Blip::key).containsExactly("airflow");
        assertThat(diff.removed()).extracting(Blip::key).containsExactly("dvc", "kubeflow", "optuna");
    }

    @Test
    void editionsAreKeptInDateOrder() {
        assertThat(history.editions()).extracting(Edition::date).containsExactly(JAN, APR, JUL, OCT, NEXT_JAN);
        assertThat(history.published()).extracting(Edition::date).containsExactly(JAN, APR, OCT, NEXT_JAN);
        assertThat(history.latestPublished()).map(Edition::date).contains(NEXT_JAN);
    }

    @Test
    void aDraftCanBeReplacedButAPublishedEditionCannot() {
        var replaced = history.with(Edition.draft(JUL, List.of(mlflow("Hold"))));
        assertThat(replaced.edition(JUL).blips()).containsExactly(mlflow("Hold"));
        assertThatThrownBy(() -> history.with(Edition.draft(APR, List.of())))
                .isInstanceOf(PublishedEditionException.class).hasMessageContaining("2024-04-01 is published");
    }

    @Test
    void aBlipOnARingTheRadarLacksIsRejected() {
        assertThatThrownBy(() -> new History(RADAR, List.of(Edition.draft(JAN, List.of(mlflow("Maybe"))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ring 'Maybe'");
    }

    @Test
    void twoEditionsOnOneDateAreRejected() {
        assertThatThrownBy(() -> new History(RADAR, List.of(Edition.draft(JAN, List.of()), Edition.draft(JAN, List.of()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two editions");
    }

    @Test
    void unknownEditionDateIsReported() {
        assertThatThrownBy(() -> history.movements(LocalDate.of(1999, 1, 1))).hasMessageContaining("no edition on 1999-01-01");
    }

    @Test
    void removedBlipsFromAnEarlierEditionDoNotCountAsRemovedAgain() {
        assertThat(history.movements(OCT)).extracting(BlipMovement::key).doesNotContain("airflow-x");
        assertThat(history.timeline("dvc")).extracting(TimelineEntry::movement)
                .containsExactly(Movement.NEW, Movement.UNCHANGED, Movement.REMOVED, Movement.MOVED_OUT, Movement.REMOVED);
        assertThat(airflow("Adopt").key()).isEqualTo("airflow");
    }
}
