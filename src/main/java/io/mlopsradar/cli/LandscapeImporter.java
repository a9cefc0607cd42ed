package io.mlopsradar.cli;

import io.mlopsradar.formats.Mapping;
import io.mlopsradar.formats.landscape.LandscapeImport;
import io.mlopsradar.formats.landscape.LandscapeReader;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.ToolRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import io.mlopsradar.yaml.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adds a landscape file's unknown tools to the stored catalogue and reports what it did with every item. */
final class LandscapeImporter {
    /** The bundled mappings by landscape. */
    enum Landscape { lfai, cncf }

    private LandscapeImporter() {
    }

    /** The mapping: the file if given, else the bundled mapping of the landscape (LF AI &amp; Data by default). */
    static Mapping mapping(Path file, Landscape landscape) {
        if (file != null) return Imports.mapping(file);
        Landscape l = landscape == null ? Landscape.lfai : landscape;
        return Mapping.resource("/formats/landscape/" + l + "-mapping.yaml");
    }

    /** The JSON summary, the items left out for want of a mapping and the links dropped for not being http(s). */
    record Result(Map<String, Object> summary, List<Problem> unmapped, List<Problem> dropped) {
    }

    static Result run(Database database, Path file, Mapping mapping) {
        var tools = new ToolRepository(database.jdbi());
        LandscapeImport found = new LandscapeReader(tools.catalog(), mapping, LocalDate.now()).read(file);
        int added = tools.addMissing(found.added());
        var m = new LinkedHashMap<String, Object>();
        m.put("format", "landscape");
        m.put("file", file.toString());
        m.put("added", added);
        m.put("known", found.alreadyKnown().size() + found.added().size() - added);
        m.put("unmapped", found.unmapped().size());
        m.put("ignored", found.ignored().size());
        m.put("added_tools", found.added().stream().map(t -> t.id()).toList());
        m.put("unmapped_items", Imports.problems(found.unmapped()));
        m.put("dropped_links", Imports.problems(found.droppedLinks()));
        return new Result(m, found.unmapped(), found.droppedLinks());
    }
}
