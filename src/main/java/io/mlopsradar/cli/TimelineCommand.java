package io.mlopsradar.cli;

import static io.mlopsradar.cli.RowPrinter.column;

import io.mlopsradar.editions.HistoryJson;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.BlipKeys;
import io.mlopsradar.editions.TimelineEntry;
import io.mlopsradar.store.Database;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** One blip's ring on every edition of a radar. */
@Command(name = "timeline", description = "Show one blip's ring across a radar's editions.")
final class TimelineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions db;
    @Mixin
    OutputOptions output;
    @Mixin
    RadarOption radar;
    @Parameters(paramLabel = "TOOL", description = "blip key or name (a catalogue id such as mlflow, or the name)")
    String tool;

    @Override
    public Integer call() {
        try (Database database = db.open()) {
            History history = radar.history(database);
            String key = key(history, tool);
            List<TimelineEntry> entries = history.timeline(key);
            HistoryJson.TimelineJson json = HistoryJson.timeline(history.radar(), key, entries);
            if (output.json()) output.printJson(spec.commandLine().getOut(), json);
            else RowPrinter.print(output, spec, json.entries(), List.of(column("date", HistoryJson.StepJson::date),
                    column("ring", HistoryJson.StepJson::ring), column("movement", HistoryJson.StepJson::movement)));
            return 0;
        }
    }

    /** The key of the blip named by key or by name, ignoring case. */
    static String key(History history, String text) {
        String slug = BlipKeys.slug(text);
        return history.editions().stream().flatMap(e -> e.blips().stream())
                .filter(b -> b.key().equalsIgnoreCase(text) || b.name().equalsIgnoreCase(text) || b.key().equals(slug))
                .map(b -> b.key()).findFirst()
                .orElseThrow(() -> new NoSuchElementException("radar '" + history.radar().name() + "' never had a blip '" + text + "'"));
    }
}
