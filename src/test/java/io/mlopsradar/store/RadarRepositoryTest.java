package io.mlopsradar.store;

import static io.mlopsradar.editions.Histories.APR;
import static io.mlopsradar.editions.Histories.JAN;
import static io.mlopsradar.editions.Histories.JUL;
import static io.mlopsradar.editions.Histories.OCT;
import static io.mlopsradar.editions.Histories.RADAR;
import static io.mlopsradar.editions.Histories.dvc;
import static io.mlopsradar.editions.Histories.mlflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.EditionStatus;
import io.mlopsradar.editions.Histories;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.PublishedEditionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RadarRepositoryTest {

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aMultiEditionHistoryReadsBackAsSaved(Database db) {
        try (db) {
            var repo = new RadarRepository(db.jdbi());
            History saved = Histories.fiveEditions();
            var result = repo.save(saved);
            assertThat(result).isEqualTo(new RadarRepository.SaveResult(true, 5, 0, 0));
            History read = repo.history("MLOPS").orElseThrow();
            assertThat(read.radar()).isEqualTo(saved.radar());
            assertThat(sorted(read)).isEqualTo(sorted(saved));
            assertThat(read.movements(Histories.NEXT_JAN)).containsExactlyInAnyOrderElementsOf(saved.movements(Histories.NEXT_JAN));
            assertThat(repo.all()).containsExactly(saved.radar());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void savingTheSameHistoryAgainChangesNothing(Database db) {
        try (db) {
            var repo = new RadarRepository(db.jdbi());
            repo.save(Histories.fiveEditions());
            History before = repo.history("mlops").orElseThrow();
            var again = repo.save(Histories.fiveEditions());
            assertThat(again.changedNothing()).isTrue();
            assertThat(again.editionsUnchanged()).isEqualTo(5);
            assertThat(repo.history("mlops").orElseThrow()).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void changingAPublishedEditionIsRefusedAndNothingOfTheImportIsWritten(Database db) {
        try (db) {
            var repo = new RadarRepository(db.jdbi());
            repo.save(new History(RADAR, List.of(Edition.published(JUL, List.of(mlflow("Adopt"))))));
            var stored = new ArrayList<Edition>();
            History clashing = new History(RADAR, List.of(
                    Edition.published(JAN, List.of(mlflow("Assess"))),
                    Edition.published(APR, List.of(mlflow("Trial"), dvc("Trial"))),
                    Edition.published(JUL, List.of(mlflow("Hold")))));
            assertThatThrownBy(() -> repo.save(clashing, stored::add)).isInstanceOf(PublishedEditionException.class)
                    .hasMessageContaining("2024-07-01");
            assertThat(stored).as("the first two editions were written before the third failed").hasSize(2);
            History after = repo.history("mlops").orElseThrow();
            assertThat(after.editions()).extracting(Edition::date).containsExactly(JUL);
            assertThat(after.edition(JUL).blips()).containsExactly(mlflow("Adopt"));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDraftIsReplacedThenPublishedAndThenFixed(Database db) {
        try (db) {
            var repo = new RadarRepository(db.jdbi());
            repo.save(new History(RADAR, List.of(Edition.draft(OCT, List.of(mlflow("Trial"))))));
            var replaced = repo.save(new History(RADAR, List.of(Edition.draft(OCT, List.of(mlflow("Adopt"), dvc("Assess"))))));
            assertThat(replaced.editionsReplaced()).isOne();
            repo.publish("mlops", OCT);
            Edition published = repo.history("mlops").orElseThrow().edition(OCT);
            assertThat(published.status()).isEqualTo(EditionStatus.PUBLISHED);
            assertThat(published.blips()).hasSize(2);
            assertThatThrownBy(() -> repo.publish("mlops", OCT)).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> repo.save(new History(RADAR, List.of(Edition.draft(OCT, List.of(mlflow("Hold")))))))
                    .isInstanceOf(PublishedEditionException.class);
        }
    }

    private static List<Edition> sorted(History h) {
        return h.editions().stream().map(e -> new Edition(e.date(), e.status(),
                e.blips().stream().sorted(Comparator.comparing(Blip::key)).toList())).toList();
    }
}
