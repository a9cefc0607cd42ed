package io.mlopsradar.cli;

import io.mlopsradar.audit.Actor;
import io.mlopsradar.catalog.CuratorOverride;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.store.ConcurrentEditException;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.Curations;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A curator puts a tool in a ring with a rationale (or takes the decision back). The write names the version it
 * read, so a change made meanwhile by someone else is refused rather than overwritten.
 */
@Command(name = "curate", description = "Set (or clear) a curator's ring for a tool, with the rationale shown beside the computed ring.")
final class CurateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions db;
    @Parameters(paramLabel = "TOOL", description = "tool id, name or alias, any case")
    String tool;
    @Option(names = "--ring", description = "adopt, trial, assess or hold")
    String ring;
    @Option(names = "--rationale", description = "why, in a sentence people will read on the tool's page")
    String rationale;
    @Option(names = "--clear", description = "remove the curator's decision")
    boolean clear;

    @Override
    public Integer call() {
        try (Database database = db.open()) {
            var curations = new Curations(database, Framework.bundled(), db.clock());
            CuratorOverride override = decision(curations);
            var stored = curations.current(tool);
            Tool t = stored.tool();
            try {
                curations.decide(Actor.commandLine(), t.id(), override, stored.version());
            } catch (ConcurrentEditException e) {
                throw new BadInputException(e.getMessage());
            }
            spec.commandLine().getOut().println(override == null
                    ? "cleared the curator's ring for " + t.name() + "; the computed ring applies again"
                    : "put " + t.name() + " in " + Framework.bundled().ring(override.ring()).name() + " (curator's decision)");
            return 0;
        }
    }

    private CuratorOverride decision(Curations curations) {
        try {
            return curations.decision(ring, rationale, clear);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(clear ? "--clear takes neither --ring nor --rationale"
                    : ring == null || rationale == null || rationale.isBlank() ? "give --ring and --rationale (or --clear)" : e.getMessage());
        }
    }
}
