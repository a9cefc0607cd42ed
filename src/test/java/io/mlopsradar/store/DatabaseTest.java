package io.mlopsradar.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DatabaseTest {

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void datesAndTimestampsReadBackAsWrittenAndSortInTimeOrder(Database db) {
        try (db) {
            LocalDate date = LocalDate.of(2024, 2, 29);
            OffsetDateTime late = OffsetDateTime.of(2024, 12, 31, 23, 30, 15, 123_456_000, ZoneOffset.ofHours(2));
            OffsetDateTime early = OffsetDateTime.of(2024, 12, 31, 22, 0, 0, 0, ZoneOffset.UTC);
            db.inWriteTransaction(h -> {
                h.execute("CREATE TABLE times_probe (n INTEGER, d DATE, t TIMESTAMP WITH TIME ZONE)");
                h.createUpdate("INSERT INTO times_probe (n, d, t) VALUES (1, :d, :t)").bind("d", date).bind("t", late).execute();
                return h.createUpdate("INSERT INTO times_probe (n, d, t) VALUES (2, :d, :t)").bind("d", date.plusDays(1))
                        .bind("t", early).execute();
            });
            db.jdbi().useHandle(h -> {
                assertThat(h.createQuery("SELECT d FROM times_probe ORDER BY n").mapTo(LocalDate.class).list())
                        .containsExactly(date, LocalDate.of(2024, 3, 1));
                List<OffsetDateTime> read = h.createQuery("SELECT t FROM times_probe ORDER BY n").mapTo(OffsetDateTime.class).list();
                assertThat(read.get(0).toInstant()).isEqualTo(late.toInstant());
                assertThat(read.get(1).toInstant()).isEqualTo(early.toInstant());
                assertThat(h.createQuery("SELECT n FROM times_probe ORDER BY t").mapTo(Integer.class).list())
                        .as("21:30 UTC comes before 22:00 UTC").containsExactly(1, 2);
                assertThat(h.createQuery("SELECT n FROM times_probe WHERE d = :d").bind("d", date).mapTo(Integer.class).list())
                        .containsExactly(1);
            });
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyCommittedWriteBumpsTheChangeCounterAndARolledBackOneDoesNot(Database db) {
        try (db) {
            long before = db.changes();
            db.inWriteTransaction(h -> h.execute("INSERT INTO app_state (state_key, state_value) VALUES ('a', '1')"));
            assertThat(db.changes()).isEqualTo(before + 1);
            assertThatThrownBy(() -> db.inWriteTransaction(h -> {
                h.execute("INSERT INTO app_state (state_key, state_value) VALUES ('b', '2')");
                throw new IllegalStateException("changed my mind");
            })).hasMessage("changed my mind");
            assertThat(db.changes()).isEqualTo(before + 1);
            int stored = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM app_state WHERE state_key = 'b'")
                    .mapTo(Integer.class).one());
            assertThat(stored).isZero();
        }
    }

    @Test
    void sqliteRunsInWalModeWithForeignKeysABoundedBusyTimeoutAndFullSync() {
        try (Database db = TestDatabases.sqlite()) {
            db.jdbi().useHandle(h -> {
                assertThat(h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()).isEqualToIgnoringCase("wal");
                assertThat(h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()).isEqualTo(1);
                assertThat(h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one()).isEqualTo(Engine.BUSY_TIMEOUT_MS);
                assertThat(h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one()).as("FULL").isEqualTo(2);
            });
        }
    }

    @Test
    void aWriteTransactionReleasesTheWriteLockWhenItEnds() {
        String url = Database.temporaryUrl("lock");
        try (Database one = Database.open(url); Database two = Database.open(url)) {
            one.inWriteTransaction(h -> h.execute("INSERT INTO app_state (state_key, state_value) VALUES ('x', '1')"));
            // the driver's own transactions would begin again after the commit and hold the lock: this would be busy
            two.inWriteTransaction(h -> h.execute("INSERT INTO app_state (state_key, state_value) VALUES ('y', '1')"));
            assertThat(one.changes()).isEqualTo(two.changes());
        }
    }

    @Test
    void anUnsupportedUrlIsRefusedWithTheSupportedOnes() {
        assertThatThrownBy(() -> Database.open("jdbc:h2:mem:old")).isInstanceOf(UnsupportedDatabaseException.class)
                .hasMessageContaining("jdbc:sqlite:").hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedInOneSentence(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("radar.db");
        Files.writeString(file, "these are not the pages of a SQLite database, just some text that is long enough ".repeat(20));
        assertThatThrownBy(() -> Database.open(Database.defaultUrl(dir))).isInstanceOf(DatabaseUnusableException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not a radar database")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception", "\n"));
    }
}
