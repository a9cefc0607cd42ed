package io.mlopsradar.cli;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.formats.Mapping;
import io.mlopsradar.formats.landscape.LandscapeImport;
import io.mlopsradar.formats.landscape.LandscapeReader;
import io.mlopsradar.formats.landscape.MappingCoverage;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.ToolRepository;
import io.mlopsradar.input.Problem;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Adds a landscape file's unknown tools to the stored catalogue and reports what it did with every item. */
final class LandscapeImporter {
    /** The bundled mappings by landscape; the first is preferred when two fit a file equally well. */
    enum Landscape {
        lfai, cncf;

        Mapping mapping() {
            return Mapping.resource("/formats/landscape/" + this + "-mapping.yaml", Framework.bundled());
        }
    }

    private LandscapeImporter() {
    }

    /**
     * The mapping asked for, with its name (a landscape or a file) and the option that chose it; neither (a null
     * mapping) means the bundled one that fits the file is found.
     */
    record MappingChoice(Mapping mapping, String name, String option) {
        boolean detect() {
            return mapping == null;
        }
    }

    static MappingChoice mapping(Path file, Landscape landscape) {
        if (file != null) return new MappingChoice(FormatOptions.mapping(file), file.toString(), "--mapping " + file);
        if (landscape != null) return new MappingChoice(landscape.mapping(), landscape.name(), "--landscape " + landscape);
        return new MappingChoice(null, null, null);
    }

    /**
     * What a landscape import did, as {@code --format json} prints it: counts by outcome, the tools added, the items
     * left out for want of a mapping and the links dropped for not being http(s).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Summary(String format, String file, String mapping, boolean mappingDetected, int added, int known, int unmapped,
                   int ignored, List<String> addedTools, List<Problem> unmappedItems, List<Problem> droppedLinks) {
    }

    static Summary run(Database database, Clock clock, Path file, MappingChoice choice) {
        LocalDate today = LocalDate.now(clock);
        var tools = new ToolRepository(database.jdbi(), clock);
        Catalog catalog = tools.catalog();
        String content = FormatOptions.read(file);
        String name = file.toString();
        Map<Landscape, MappingCoverage> bundled = new LinkedHashMap<>();
        for (Landscape l : Landscape.values()) bundled.put(l, new LandscapeReader(catalog, l.mapping(), today).coverage(name, content));
        Optional<Landscape> best = bundled.entrySet().stream().filter(e -> e.getValue().fits())
                .max(Comparator.comparingInt((Map.Entry<Landscape, MappingCoverage> e) -> e.getValue().placed())
                        .thenComparing(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey);
        Mapping mapping;
        String used;
        if (choice.detect()) {
            Landscape l = best.orElseThrow(() -> new BadInputException(file + ": no bundled mapping ("
                    + names() + ") places any of its " + bundled.get(Landscape.lfai).items()
                    + " items on a category; write a mapping and pass it with --mapping FILE"));
            mapping = l.mapping();
            used = l.name();
        } else {
            MappingCoverage own = new LandscapeReader(catalog, choice.mapping(), today).coverage(name, content);
            if (!own.fits() && own.items() > 0) throw new BadInputException(nothingPlaced(file, choice.option(), own, best, bundled));
            mapping = choice.mapping();
            used = choice.name();
        }
        LandscapeImport found = new LandscapeReader(catalog, mapping, today).read(name, content);
        int added = tools.addMissing(found.added());
        int known = found.alreadyKnown().size() + found.added().size() - added;
        return new Summary("landscape", name, used, choice.detect(), added, known, found.unmapped().size(), found.ignored().size(),
                found.added().stream().map(t -> t.id()).toList(), found.unmapped(), found.droppedLinks());
    }

    private static String nothingPlaced(Path file, String option, MappingCoverage own, Optional<Landscape> best,
            Map<Landscape, MappingCoverage> bundled) {
        String start = file + ": " + option + " places none of its " + own.items() + " items on a category; ";
        return start + best.map(l -> "--landscape " + l + " would place " + bundled.get(l).placed() + " of them")
                .orElse("no bundled mapping (" + names() + ") fits either; write a mapping and pass it with --mapping FILE");
    }

    private static String names() {
        return String.join(", ", Arrays.stream(Landscape.values()).map(Enum::name).toList());
    }
}
