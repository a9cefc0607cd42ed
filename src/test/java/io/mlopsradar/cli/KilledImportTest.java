package io.mlopsradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.editions.History;
import io.mlopsradar.formats.registry.Format;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.DatabaseCheck;
import io.mlopsradar.store.RadarRepository;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM imports a long history and is killed with SIGKILL at seeded random moments, mostly while it writes;
 * after each kill the database opens, checks clean, and holds all of that import or none of it.
 */
class KilledImportTest {
    private static final int KILLS = 20;
    private static final int EDITIONS = 8;
    private static final int ROWS = 1000;

    @Test
    void aKilledImportLeavesAllOrNothingAndACleanDatabase(@TempDir Path dir) throws Exception {
        String url = Database.defaultUrl(dir.resolve("data"));
        assertThat(Main.run(new String[] {"radars", "--db", url}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()))).isZero();
        History history = BenchHistory.generate(EDITIONS, ROWS, 11);
        int blips = history.editions().stream().mapToInt(e -> e.blips().size()).sum();
        Path file = dir.resolve("history.yaml");
        Files.writeString(file, Format.YAML.textWriter().orElseThrow().write(history, null));
        long window = writeWindowMillis(dir, file, url);
        var random = new Random(20261128L);
        int all = 0, none = 0;
        for (int i = 0; i < KILLS; i++) {
            String radar = "killed-" + i;
            Path out = dir.resolve("run-" + i);
            Process child = ChildRadar.start(out, "import", "--format", "yaml", file.toString(), "--radar", radar, "--db", url);
            awaitFirstProgressLine(child, out.resolve("err.txt"));
            Thread.sleep((long) (random.nextDouble() * window * 1.2));
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no rollback by the JVM
            child.waitFor(30, TimeUnit.SECONDS);
            try (Database db = Database.open(url)) {
                var report = DatabaseCheck.run(db);
                assertThat(report.healthy()).as("kill " + i + ": " + report).isTrue();
                Optional<History> stored = new RadarRepository(db.jdbi()).history(radar);
                if (stored.isPresent()) {
                    assertThat(stored.get().editions()).as("kill " + i).hasSize(EDITIONS);
                    assertThat(stored.get().editions().stream().mapToInt(e -> e.blips().size()).sum()).as("kill " + i).isEqualTo(blips);
                    all++;
                } else {
                    none++;
                }
            }
        }
        assertThat(all + none).isEqualTo(KILLS);
        System.out.printf("killed %d imports: %d stored all, %d stored nothing (write window %d ms)%n", KILLS, all, none, window);
    }

    /** Runs one import to the end and measures from its first progress line (inside the transaction) to its exit. */
    private static long writeWindowMillis(Path dir, Path file, String url) throws Exception {
        Path out = dir.resolve("calibration");
        Process child = ChildRadar.start(out, "import", "--format", "yaml", file.toString(), "--radar", "calibration", "--db", url);
        awaitFirstProgressLine(child, out.resolve("err.txt"));
        long start = System.nanoTime();
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(out.resolve("err.txt"))).isZero();
        return Math.max(50, (System.nanoTime() - start) / 1_000_000);
    }

    private static void awaitFirstProgressLine(Process child, Path err) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (Files.exists(err) && Files.readString(err).contains("edition ")) return;
            Thread.sleep(5);
        }
    }
}
