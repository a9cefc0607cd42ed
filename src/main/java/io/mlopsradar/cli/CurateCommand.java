package io.mlopsradar.cli;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.CuratorOverride;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.store.ConcurrentEditException;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.ToolRepository;
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
        CuratorOverride override = override();
        try (Database database = db.open()) {
            var repo = new ToolRepository(database.jdbi());
            Tool found = new Catalog(repo.all()).get(tool);
            var stored = repo.find(found.id()).orElseThrow();
            Tool t = stored.tool();
            Tool changed = t.withOverride(override);
            try {
                repo.update(changed, stored.version());
            } catch (ConcurrentEditException e) {
                throw new BadInputException(e.getMessage());
            }
            spec.commandLine().getOut().println(override == null
                    ? "cleared the curator's ring for " + t.name() + "; the computed ring applies again"
                    : "put " + t.name() + " in " + Framework.bundled().ring(override.ring()).name() + " (curator's decision)");
            return 0;
        }
    }

    private CuratorOverride override() {
        if (clear) {
            if (ring != null || rationale != null) throw new BadInputException("--clear takes neither --ring nor --rationale");
            return null;
        }
        if (ring == null || rationale == null || rationale.isBlank()) {
            throw new BadInputException("give --ring and --rationale (or --clear)");
        }
        return new CuratorOverride(Framework.bundled().ring(ring).id(), rationale.strip());
    }
}
