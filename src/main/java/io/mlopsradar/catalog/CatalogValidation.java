package io.mlopsradar.catalog;

import io.mlopsradar.landscape.Framework;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Node;
import io.mlopsradar.input.Problem;
import io.mlopsradar.input.YamlFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code radar catalog validate} finds in a catalogue: how many tools and relations it holds, every problem
 * (a malformed field, a category that contradicts the capability, a duplicate) and every fact stated without a
 * source. Unsourced facts make a catalogue invalid only when validating strictly.
 */
public record CatalogValidation(String name, int tools, int relations, List<Problem> problems, List<Problem> unsourced) {

    public boolean valid(boolean strict) {
        return problems.isEmpty() && (!strict || unsourced.isEmpty());
    }

    /** The problems, with the unsourced facts when validating strictly. */
    public List<Problem> reported(boolean strict) {
        if (!strict) return problems;
        var all = new java.util.ArrayList<>(problems);
        all.addAll(unsourced);
        return all;
    }

    /** Validates the bundled catalogue (tools.yaml, the files it includes, relations.yaml) on a framework in a year. */
    public static CatalogValidation bundled(Framework framework, int year) {
        try {
            var reader = new CatalogReader("tools.yaml", framework, year);
            String text = CatalogReader.bundledText("tools.yaml");
            List<Tool> tools = reader.parse(text, name -> Optional.ofNullable(CatalogReader.bundledText(name)), name -> name);
            Relations relations = Relations.readBundled(new Catalog(tools));
            var check = new CatalogCheck(CategoryFit.bundled());
            return new CatalogValidation("bundled catalogue", tools.size(), relations.all().size(),
                    check.check(tools, reader.places(), relations), check.unsourced(tools, reader.places()));
        } catch (InvalidInputException e) {
            return new CatalogValidation("bundled catalogue", 0, 0, e.problems(), List.of());
        }
    }

    /**
     * Validates a catalogue file on disk (with the files it includes), or a file holding only relations, on a
     * framework in a year; its relations may name the tools of the known catalogue.
     */
    public static CatalogValidation of(Path file, Framework framework, Catalog known, int year) {
        try {
            Node root = YamlFile.read(file);
            if (root.isMapping() && !root.has("tools") && root.has("relations")) {
                List<Relation> relations = CatalogReader.readRelations(file, List.of(), known);
                return new CatalogValidation(file.toString(), 0, relations.size(), List.of(), List.of());
            }
            var reader = new CatalogReader(file.toString(), framework, year);
            List<Tool> tools = reader.parseFile(file);
            List<Relation> relations = CatalogReader.readRelations(file, tools, known);
            var check = new CatalogCheck(CategoryFit.bundled());
            return new CatalogValidation(file.toString(), tools.size(), relations.size(),
                    check.check(tools, reader.places(), new Relations(relations)), check.unsourced(tools, reader.places()));
        } catch (InvalidInputException e) {
            return new CatalogValidation(file.toString(), 0, 0, e.problems(), List.of());
        }
    }

}
