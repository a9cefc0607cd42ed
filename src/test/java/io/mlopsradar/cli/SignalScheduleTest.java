package io.mlopsradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Snapshot;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.signals.FakeApisAccess;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.Seeder;
import io.mlopsradar.store.SignalRepository;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

class SignalScheduleTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void theScheduledRefreshStoresTodaysSnapshotsThroughTheStore() throws Exception {
        try (var server = new MockWebServer()) {
            server.setDispatcher(FakeApisAccess.githubWithMlflow(30123, "2026-11-19T22:01:45Z"));
            server.start();
            String github = server.url("/").toString();
            Database database = Database.open(Database.temporaryUrl("schedule" + System.nanoTime()));
            new Seeder(database).seed(Framework::bundled, Catalog::bundled, Catalog.bundledChecksum(), TODAY);
            var store = new SignalRepository(database.jdbi());
            assertThat(fromFake(store, github)).as("nothing read before the schedule runs").isEmpty();
            var log = new StringWriter();
            Clock clock = Clock.fixed(TODAY.atTime(6, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            try (var schedule = new SignalSchedule(database, List.of("github"), Map.of("github", github), clock,
                    new PrintWriter(log, true))) {
                schedule.every(Duration.ofMillis(50));
                Snapshot read = awaitSnapshot(store, github);
                assertThat(read.stars()).isEqualTo(30123);
                assertThat(read.asOf()).isEqualTo(TODAY);
                assertThat(read.lastCommit()).isEqualTo(LocalDate.of(2026, 11, 19));
                // the run stores mlflow's snapshot before it has read every other tool and written its summary
                for (int i = 0; i < 2400 && !log.toString().contains("signal refresh: "); i++) Thread.sleep(50);
            }
            assertThat(log.toString()).contains("[1/", "signal refresh: ");
            database.close();
        }
    }

    /** mlflow's snapshot read from the fake, once a refresh has stored it. */
    static Optional<Snapshot> fromFake(SignalRepository store, String github) {
        return store.history("mlflow").stream().filter(s -> s.source().startsWith(github)).findFirst();
    }

    /** Waits for the condition, polling; the bound only keeps a broken schedule from hanging the build. */
    static Snapshot awaitSnapshot(SignalRepository store, String github) throws InterruptedException {
        for (int i = 0; i < 2400; i++) {
            Optional<Snapshot> s = fromFake(store, github);
            if (s.isPresent()) return s.get();
            Thread.sleep(50);
        }
        throw new AssertionError("no scheduled refresh stored a snapshot within two minutes");
    }
}
