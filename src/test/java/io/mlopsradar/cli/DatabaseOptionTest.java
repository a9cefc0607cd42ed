package io.mlopsradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.store.Database;
import java.nio.file.Files;
import java.time.Clock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --db} (or RADAR_DB) is accepted by every command. */
class DatabaseOptionTest {

    @Test
    void everyCommandThatRunsTakesTheDbOption() {
        var leaves = new ArrayList<CommandLine>();
        collectLeaves(Main.commandLine(Clock.systemUTC()), leaves);
        assertThat(leaves).hasSizeGreaterThan(20);
        for (CommandLine c : leaves) {
            assertThat(c.getCommandSpec().findOption("--db")).as(c.getCommandSpec().qualifiedName()).isNotNull();
        }
    }

    @Test
    void readCommandsOfTheFrameworkAcceptDbToo(@TempDir Path dir) {
        String url = Database.defaultUrl(dir);
        for (String command : List.of("rings", "stages", "categories", "catalog validate")) {
            String[] args = (command + " --db " + url).split(" ");
            var r = CliTest.run(args);
            assertThat(r.code()).as(command + ": " + r.err()).isZero();
        }
    }

    @Test
    void radarDbNamesTheDatabaseWhenDbIsNotGiven(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("from-env.db");
        var r = ChildRadar.result(ChildRadar.start(dir.resolve("child"), Map.of("RADAR_DB", "jdbc:sqlite:" + file), "radars"),
                dir.resolve("child"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("mlops");
        assertThat(Files.size(file)).isPositive();
    }

    private static void collectLeaves(CommandLine c, List<CommandLine> into) {
        if (c.getSubcommands().isEmpty()) {
            into.add(c);
            return;
        }
        c.getSubcommands().values().forEach(s -> collectLeaves(s, into));
    }
}
