package io.mlopsradar.cli;

import static io.mlopsradar.text.GoldenJson.assertAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlopsradar.store.Database;
import io.mlopsradar.text.JsonMappers;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact {@code --format json} output of the commands that print one record (keys, order, nesting, nulls and
 * number formats), as docs/cli.md documents it. Times, folders and counts that follow the catalogue are masked.
 */
class CommandJsonKeepsItsShapeTest {
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 26).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @Test
    void ringsPrintTheirDocumentedKeys() {
        assertAnswer(run("", "rings", "--format", "json"), "cli/json/rings.json");
    }

    @Test
    void staleFactsPrintTheirDocumentedKeys() throws Exception {
        var json = (ObjectNode) JsonMappers.compact().readTree(run("", "signals", "stale", "--older-than", "2y", "--format", "json",
                "--db", Database.temporaryUrl("stale" + System.nanoTime())));
        var facts = (ArrayNode) json.get("facts");
        assertThat(facts.size()).isGreaterThan(3);
        while (facts.size() > 3) facts.remove(3);
        assertAnswer(json.toString(), "cli/json/signals-stale.json", "count", "unsourced");
    }

    @Test
    void theDatabaseCheckPrintsItsDocumentedKeys(@TempDir Path dir) {
        String url = Database.defaultUrl(dir);
        run("", "radars", "--db", url);
        assertAnswer(run("", "db", "check", "--db", url, "--format", "json"), "cli/json/db-check.json", "rows");
    }

    @Test
    void usersPrintTheirDocumentedKeys() {
        String db = Database.temporaryUrl("users" + System.nanoTime());
        run("a long enough password\n", "users", "add", "--admin", "ada", "--db", db);
        run("another long password\n", "users", "add", "carl", "--role", "contributor", "--radar", "mlops", "--db", db);
        run("another long password\n", "users", "add", "cora", "--role", "curator", "--db", db);
        run("", "users", "disable", "cora", "--db", db);
        assertAnswer(run("", "users", "list", "--format", "json", "--db", db), "cli/json/users.json");
    }

    @Test
    void theSiteAndTheBenchmarksPrintTheirDocumentedKeys(@TempDir Path dir) {
        String db = Database.defaultUrl(dir.resolve("db"));
        assertAnswer(run("", "site", "--radar", "mlops", "--out", dir.resolve("site").toString(), "--format", "json", "--db", db),
                "cli/json/site.json", "folder", "files", "bytes", "millis");
        assertAnswer(run("", "bench", "import", "--editions", "2", "--rows", "5", "--dir", dir.resolve("bench").toString(),
                "--format", "json"), "cli/json/bench-import.json", "folder", "file_bytes", "import_ms", "site_ms", "cores");
        assertAnswer(run("", "bench", "batch", "--files", "2", "--rows", "5", "--dir", dir.resolve("batch").toString(),
                "--format", "json"), "cli/json/bench-batch.json",
                "folder", "warm_up_ms", "one_file_ms", "all_files_one_run_ms", "one_run_per_file_ms", "ratio_all_to_one");
    }

    /** Runs a command with this standard input and answers its standard output; fails the test on a non-zero exit. */
    private static String run(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            var out = new StringWriter();
            var err = new StringWriter();
            int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), CLOCK);
            assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
            return out.toString();
        } finally {
            System.setIn(before);
        }
    }
}
