package io.mlopsradar.cli;

import java.time.Clock;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.FactSheet;
import io.mlopsradar.catalog.Relation;
import io.mlopsradar.catalog.Relations;
import io.mlopsradar.rings.AssessedTool;
import io.mlopsradar.rings.RadarOfCatalog;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Explains one tool's ring: its place on the landscape and every reason. */
@Command(name = "explain", description = "Explain why a tool is in its ring.")
final class ExplainCommand implements Callable<Integer> {
    private final Clock clock;

    ExplainCommand(Clock clock) {
        this.clock = clock;
    }

    @Mixin
    OutputOptions output;
    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions db;
    @Parameters(paramLabel = "TOOL", description = "tool id, name or alias, any case")
    String tool;
    @picocli.CommandLine.Option(names = "--stale-after", defaultValue = "365d", description = "facts read longer ago are marked stale (default 365d)")
    String staleAfter;

    @Override
    public Integer call() {
        Catalog catalog = StoredCatalog.catalog(db);
        RadarOfCatalog radar = StoredCatalog.radar(catalog, java.time.LocalDate.now(clock));
        AssessedTool a = radar.get(catalog.get(tool));
        Map<String, Object> m = a.toMap(radar.framework());
        var sheet = FactSheet.of(a.tool(), catalog.signals(), java.time.LocalDate.now(clock), Ages.period("--stale-after", staleAfter));
        m.put("facts", sheet.toJson());
        m.put("activity", sheet.activityJson());
        m.put("capability_name", radar.framework().capabilityName(a.tool().capability()));
        Relations relations = Relations.bundled();
        m.put("relations", relations.toJson(a.tool().id()));
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            output.printJson(out, m);
            return 0;
        }
        out.printf("%s (%s)%n", a.tool().name(), a.tool().id());
        out.printf("  category:   %s%n  quadrant:   %s%n  position:   x=%s  y=%s%n", m.get("category_name"),
                m.get("quadrant_name"), m.get("x"), m.get("y"));
        String ring = radar.framework().ring(a.ring()).name();
        out.printf("  ring:       %s (confidence %s, %s)%n", ring, a.assessment().confidence(), a.assessment().confidenceLabel());
        if (a.assessment().overridden()) {
            out.printf("  computed:   %s (overridden by the curator)%n", radar.framework().ring(a.assessment().computedRing()).name());
        }
        var framework = radar.framework();
        String capability = a.tool().capability();
        if (capability != null && !capability.isBlank()) out.printf("  capability: %s%n", framework.capabilityName(capability));
        if (!a.tool().also().isEmpty()) {
            out.printf("  also:       %s%n", String.join(", ", a.tool().also().stream().map(c -> framework.capabilityName(c)).toList()));
        }
        if (!a.tool().requires().isEmpty()) out.printf("  requires:   %s%n", String.join(", ", a.tool().requires()));
        out.println("  reasons:");
        for (var r : a.assessment().reasons()) out.printf("    - [%s, %s] %s%n", r.rule().id(), r.effect().id(), r.text());
        out.println("  facts:");
        for (var l : sheet.lines()) out.printf("    - %s: %s%n", l.label(), l.cited());
        out.printf("  activity:   %s: %s%n", sheet.activity().state().id(), sheet.activity().reason());
        var groups = relations.byWords(a.tool().id());
        if (!groups.isEmpty()) out.println("  relations:");
        groups.forEach((words, list) -> {
            out.printf("    %s:%n", words);
            for (Relation r : list) out.printf("      - %s (source: %s)%n", r.other(a.tool().id()), r.source());
        });
        out.printf("  %s%n", a.tool().description());
        out.flush();
        return 0;
    }
}
