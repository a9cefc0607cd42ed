package io.mlopsradar.cli;

import io.mlopsradar.catalog.UnknownToolException;
import io.mlopsradar.yaml.InvalidInputException;
import java.io.PrintWriter;
import java.util.NoSuchElementException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `radar` command line: one dispatcher for every sub-command. */
@Command(name = "radar", mixinStandardHelpOptions = true, version = "MLOps Radar 0.1",
        description = "Chooses MLOps tools with reasons: the landscape, the rings, radars and advice.",
        subcommands = {CategoriesCommand.class, RingsCommand.class, StagesCommand.class, ToolsCommand.class,
                ExplainCommand.class, CatalogCommand.class, RenderCommand.class, BenchCommand.class,
                ServeCommand.class, AdviseCommand.class, ImportCommand.class, ExportCommand.class, RadarsCommand.class,
                EditionsCommand.class, DiffCommand.class, TimelineCommand.class, PublishCommand.class, SiteCommand.class,
                ReassessCommand.class, CurateCommand.class, UsersCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and returns its exit code: 0 ok, 2 bad input, 1 other failure. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        var cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof InvalidInputException || e instanceof UnknownToolException
                    || e instanceof NoSuchElementException || e instanceof BadInputException) {
                err.println("error: " + e.getMessage());
                return 2;
            }
            err.println("failed: " + e);
            return 1;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + e.getMessage());
            e.getCommandLine().usage(err);
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
