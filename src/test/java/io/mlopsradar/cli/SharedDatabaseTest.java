package io.mlopsradar.cli;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.store.Seeder;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.formats.registry.Format;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.RadarRepository;
import io.mlopsradar.store.ToolRepository;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI in other processes and this process write the same SQLite file at the same time. */
class SharedDatabaseTest {
    private static final List<String> TOOLS = List.of("mlflow", "dvc", "kubeflow");

    @Test
    void importsAndCurationFromOtherProcessesLandWhileThisProcessWrites(@TempDir Path dir) throws Exception {
        String url = Database.defaultUrl(dir.resolve("data"));
        assertThat(Main.run(new String[] {"radars", "--db", url}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()))).isZero();
        Path file = dir.resolve("bench.yaml");
        Files.writeString(file, Format.YAML.textWriter().orElseThrow().write(BenchHistory.generate(4, 300, 7), null));
        var children = new ArrayList<Process>();
        children.add(ChildRadar.start(dir.resolve("import"), "import", "--format", "yaml", file.toString(), "--db", url));
        for (String tool : TOOLS) {
            children.add(ChildRadar.start(dir.resolve(tool), "curate", tool, "--ring", "hold", "--rationale", "shared " + tool,
                    "--db", url));
        }
        int ownWrites = 0;
        try (Database db = Database.open(url)) {
            while (children.stream().anyMatch(Process::isAlive) && ownWrites < 500) {
                int n = ownWrites++;
                db.inWriteTransaction(h -> h.createUpdate("INSERT INTO app_state (state_key, state_value) VALUES (:k, 'x')")
                        .bind("k", "probe-" + n).execute());
            }
            List<String> names = new ArrayList<>(List.of("import"));
            names.addAll(TOOLS);
            for (int i = 0; i < children.size(); i++) {
                var r = ChildRadar.result(children.get(i), dir.resolve(names.get(i)));
                assertThat(r.code()).as(names.get(i) + ": " + r.err()).isZero();
            }
            var tools = new ToolRepository(db.jdbi());
            for (String tool : TOOLS) {
                assertThat(tools.find(tool).orElseThrow().tool().override().rationale()).isEqualTo("shared " + tool);
            }
            assertThat(new RadarRepository(db.jdbi()).history("bench").orElseThrow().editions()).hasSize(4);
            int probes = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM app_state WHERE state_key LIKE 'probe-%'")
                    .mapTo(Integer.class).one());
            assertThat(probes).isEqualTo(ownWrites);
        }
    }

    @Test
    void aWriterKeptWaitingPastTheBusyTimeoutIsRefusedInOneLineWithExitTwo(@TempDir Path dir) throws Exception {
        String url = Database.defaultUrl(dir.resolve("data"));
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var holder = Executors.newSingleThreadExecutor();
        try (Database db = Database.open(url)) {
            new Seeder(db).seed(Framework.bundled(),
                    Catalog.bundled(), java.time.LocalDate.of(2026, 1, 1));
            var holding = holder.submit(() -> db.inWriteTransaction(h -> {
                h.execute("INSERT INTO app_state (state_key, state_value) VALUES ('holding', 'the write lock')");
                held.countDown();
                return release.await(2, TimeUnit.MINUTES);
            }));
            held.await();
            var r = ChildRadar.run(dir.resolve("curate"), "curate", "mlflow", "--ring", "hold", "--rationale", "late",
                    "--db", url + "?busy_timeout=300");
            release.countDown();
            holding.get();
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("error: the database is busy: another radar process is writing; try again\n");
            var override = new ToolRepository(db.jdbi()).find("mlflow").orElseThrow().tool().override();
            assertThat(override == null ? null : override.rationale()).isNotEqualTo("late");
        } finally {
            holder.shutdownNow();
        }
    }
}
