package io.mlopsradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlopsradar.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DbCheckCommandTest {

    @Test
    void aSeededDatabaseChecksHealthyWithItsRowCounts(@TempDir Path dir) throws Exception {
        String url = Database.defaultUrl(dir);
        assertThat(CliTest.run("radars", "--db", url).code()).isZero();
        var table = CliTest.run("db", "check", "--db", url);
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("integrity", "ok", "rows in tool", "blips without an edition", "the database is healthy");
        var json = new ObjectMapper().readTree(CliTest.run("db", "check", "--db", url, "--format", "json").out());
        assertThat(json.get("healthy").asBoolean()).isTrue();
        assertThat(json.get("engine").asText()).isEqualTo("sqlite");
        assertThat(json.get("rows").get("tool").asInt()).isPositive();
        assertThat(json.get("orphans").get("blips without an edition").asInt()).isZero();
    }

    @Test
    void orphanedBlipsMakeTheCheckFailWithExitOne(@TempDir Path dir) throws Exception {
        String url = Database.defaultUrl(dir);
        assertThat(CliTest.run("radars", "--db", url).code()).isZero();
        try (var c = DriverManager.getConnection(url)) { // foreign keys are off on a bare connection
            c.createStatement().execute("INSERT INTO blip (edition_id, blip_key, name, ring, segment) VALUES (9999, 'x', 'X', 'a', 'b')");
        }
        var r = CliTest.run("db", "check", "--db", url, "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        var json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("healthy").asBoolean()).isFalse();
        assertThat(json.get("orphans").get("blips without an edition").asInt()).isOne();
    }

    @ParameterizedTest
    @ValueSource(strings = {"radars", "tools", "db check", "curate mlflow --clear", "serve --port 0"})
    void everyCommandSaysInOneLineThatAFileIsNotADatabase(String command, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("radar.db"), "a shopping list, not a database: eggs, flour, milk, sugar. ".repeat(40));
        String[] args = (command + " --db " + Database.defaultUrl(dir)).split(" ");
        var r = CliTest.run(args);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("failed: the database file ").contains("is not a radar database");
        assertThat(r.err().strip()).doesNotContain("\n", "Exception", "org.", "SQLITE_");
    }
}
