package io.mlopsradar.cli;

import picocli.CommandLine.Command;

/** The tools' dated signals: refresh them from outside APIs, list the stalest facts. */
@Command(name = "signals", description = "Refresh the tools' signals from GitHub, PyPI and npm, or list stale facts.",
        subcommands = {SignalsRefreshCommand.class, SignalsStaleCommand.class})
final class SignalsCommand implements Runnable {
    @Override
    public void run() {
        throw new BadInputException("signals needs a subcommand: refresh or stale");
    }
}
