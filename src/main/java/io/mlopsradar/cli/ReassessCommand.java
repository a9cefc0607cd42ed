package io.mlopsradar.cli;

import java.time.Clock;
import io.mlopsradar.editions.DefaultRadar;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.HistoryJson;
import io.mlopsradar.editions.EditionStatus;
import io.mlopsradar.editions.History;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.rings.RadarOfCatalog;
import io.mlopsradar.rings.RingContext;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.RadarRepository;
import io.mlopsradar.store.ToolRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Puts the catalogue, as it is now, through the ring policy again as a new edition of the MLOps radar. */
@Command(name = "reassess", description = "Draft (or publish) a new edition of the MLOps radar from the catalogue as it is now.")
final class ReassessCommand implements Callable<Integer> {
    private final Clock clock;

    ReassessCommand(Clock clock) {
        this.clock = clock;
    }

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions db;
    @Mixin
    OutputOptions output;
    @Option(names = "--edition", description = "date of the new edition, YYYY-MM-DD (default today)")
    String edition;
    @Option(names = "--publish", description = "publish the edition at once (default: a draft to review)")
    boolean publish;

    @Override
    public Integer call() {
        LocalDate date = edition == null ? LocalDate.now(clock) : RadarLookup.date(edition, "--edition");
        try (Database database = db.open()) {
            var radars = new RadarRepository(database.jdbi(), clock);
            History history = RadarLookup.history(radars, DefaultRadar.NAME);
            var assessed = new RadarOfCatalog(Framework.bundled(), new ToolRepository(database.jdbi()).catalog(),
                    RingContext.on(date));
            Edition computed = DefaultRadar.edition(assessed, date);
            Edition next = publish ? computed : new Edition(date, EditionStatus.DRAFT, computed.blips());
            if (history.editions().stream().anyMatch(e -> e.date().equals(date) && e.isPublished())) {
                throw new BadInputException("radar '" + DefaultRadar.NAME + "' already has a published edition on " + date
                        + "; a published edition cannot be reassessed (give --edition a later date)");
            }
            History updated = history.with(next);
            radars.save(updated);
            HistoryJson.SummaryJson summary = HistoryJson.summary(next, updated.movements(date));
            if (output.json()) {
                output.printJson(spec.commandLine().getOut(), summary);
            } else {
                RowPrinter.print(output, spec, List.of(summary), SummaryColumns.ALL);
            }
            return 0;
        }
    }
}
