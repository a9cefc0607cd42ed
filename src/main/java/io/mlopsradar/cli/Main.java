package io.mlopsradar.cli;

import io.mlopsradar.catalog.UnknownToolException;
import io.mlopsradar.store.DatabaseBusyException;
import io.mlopsradar.store.DatabaseUnusableException;
import io.mlopsradar.store.StoreFailures;
import io.mlopsradar.store.UnsupportedDatabaseException;
import io.mlopsradar.editions.PublishedEditionException;
import io.mlopsradar.input.InvalidInputException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** The `radar` command line: one dispatcher for every sub-command. */
@Command(name = "radar", mixinStandardHelpOptions = true, version = "MLOps Radar 0.1",
        description = "Chooses MLOps tools with reasons: the landscape, the rings, radars and advice.")
public final class Main implements Runnable {
    /** Every command, in the order the help lists them. */
    static final List<Class<?>> COMMANDS = List.of(CategoriesCommand.class, RingsCommand.class, StagesCommand.class,
            ToolsCommand.class, ExplainCommand.class, CatalogCommand.class, RenderCommand.class, BenchCommand.class,
            ServeCommand.class, AdviseCommand.class, ImportCommand.class, ExportCommand.class, RadarsCommand.class,
            EditionsCommand.class, DiffCommand.class, TimelineCommand.class, PublishCommand.class, SiteCommand.class,
            ReassessCommand.class, CurateCommand.class, DbCommand.class, SignalsCommand.class, BacktestCommand.class,
            UsersCommand.class);

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and returns its exit code: 0 ok, 2 bad input, 1 other failure. */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        return run(args, rawOut, rawErr, Clock.systemDefaultZone());
    }

    /** Runs a command line on the given clock: every date a command reads or writes ("today") comes from it. */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr, Clock clock) {
        var out = new PrintWriter(new TerminalWriter(rawOut), true);
        var err = new PrintWriter(new TerminalWriter(rawErr), true);
        try {
            return execute(args, out, err, clock);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        var cli = commandLine(clock, args.length == 0 ? "" : args[0]);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((thrown, commandLine, parsed) -> {
            Exception e = thrown instanceof RuntimeException r ? StoreFailures.translate(r) : thrown;
            if (e instanceof InvalidInputException || e instanceof UnknownToolException
                    || e instanceof NoSuchElementException || e instanceof BadInputException
                    || e instanceof PublishedEditionException) {
                err.println("error: " + e.getMessage());
                return 2;
            }
            if (e instanceof DatabaseBusyException || e instanceof UnsupportedDatabaseException) {
                err.println("error: " + e.getMessage());
                return 2;
            }
            if (e instanceof DatabaseUnusableException) {
                err.println("failed: " + e.getMessage());
                return 1;
            }
            err.println("failed: " + e);
            return 1;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            if (e instanceof UnmatchedArgumentException u && u.getCommandLine() == cli && !u.getUnmatched().isEmpty()) {
                return unknownCommand(cli, u.getUnmatched().get(0));
            }
            err.println("error: " + e.getMessage());
            e.getCommandLine().usage(err);
            return 2;
        });
        cli.setExecutionStrategy(Main::unlessUnknown);
        cli.getSubcommands().values().forEach(Main::addHelpOption);
        return cli.execute(args);
    }

    /** The whole command tree, its commands made on the given clock. */
    static CommandLine commandLine(Clock clock) {
        return commandLine(clock, "");
    }

    /**
     * The command tree for a command line whose first word is given: when that word names a command, only that
     * command is built (picocli reads every option of every command it is given, a fifth of a short command's
     * start-up); otherwise (help, version, a typo) every command, so that help and errors can list them all.
     */
    static CommandLine commandLine(Clock clock, String firstWord) {
        var factory = new ClockedFactory(clock);
        var cli = new CommandLine(new Main(), factory);
        var named = COMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(firstWord)).toList();
        for (Class<?> command : named.isEmpty() ? COMMANDS : named) cli.addSubcommand(new CommandLine(command, factory));
        return cli;
    }

    /** picocli lets `--help` win over an unmatched word; a word that names no command is an error whatever follows. */
    private static int unlessUnknown(ParseResult parsed) {
        if (!parsed.hasSubcommand() && !parsed.unmatched().isEmpty()) {
            return unknownCommand(parsed.commandSpec().commandLine(), parsed.unmatched().get(0));
        }
        return new RunLast().execute(parsed);
    }

    private static int unknownCommand(CommandLine cli, String word) {
        PrintWriter err = cli.getErr();
        err.println("error: unknown command '" + word + "'; known: " + String.join(", ", cli.getSubcommands().keySet()));
        cli.usage(err);
        return 2;
    }

    private static void addHelpOption(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        if (spec.findOption("--help") == null) {
            spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("Show this help message and exit.").build());
        }
        command.getSubcommands().values().forEach(Main::addHelpOption);
    }

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
