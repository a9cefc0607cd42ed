package io.mlopsradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.cli.CliTest.Result;
import org.junit.jupiter.api.Test;

class UnknownCommandTest {

    @Test
    void anUnknownCommandFollowedByHelpSaysSoAndExitsTwo() {
        Result r = CliTest.run("nosuch", "--help");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown command 'nosuch'", "tools", "import", "serve");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownCommandAloneOrWithArgumentsExitsTwo() {
        for (String[] args : new String[][] {{"nosuch"}, {"signal", "mlflow", "--format", "json"}, {"nosuch", "-V"}}) {
            Result r = CliTest.run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).contains("unknown command '" + args[0] + "'");
        }
    }

    @Test
    void helpOnTheRadarAndOnAKnownCommandExitsZero() {
        Result top = CliTest.run("--help");
        assertThat(top.code()).as(top.err()).isZero();
        assertThat(top.out()).contains("Usage: radar");

        Result tools = CliTest.run("tools", "--help");
        assertThat(tools.code()).as(tools.err()).isZero();
        assertThat(tools.out()).contains("Usage: radar tools");
    }

    @Test
    void aNamedCommandIsBuiltAloneAndAnythingElseGetsEveryCommand() {
        var clock = java.time.Clock.systemUTC();
        assertThat(Main.commandLine(clock, "radars").getSubcommands()).containsOnlyKeys("radars");
        assertThat(Main.commandLine(clock, "catalog").getSubcommands().get("catalog").getSubcommands()).containsKey("validate");
        for (String word : new String[] {"", "--help", "-V", "nosuch"}) {
            assertThat(Main.commandLine(clock, word).getSubcommands()).as(word).hasSize(Main.COMMANDS.size());
        }
    }

    @Test
    void theTopHelpListsEveryCommand() {
        Result top = CliTest.run("--help");
        for (Class<?> command : Main.COMMANDS) {
            assertThat(top.out()).contains(command.getAnnotation(picocli.CommandLine.Command.class).name());
        }
    }
}
