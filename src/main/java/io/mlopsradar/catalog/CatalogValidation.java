package io.mlopsradar.catalog;

import io.mlopsradar.landscape.Framework;
import io.mlopsradar.yaml.InvalidInputException;
import io.mlopsradar.yaml.Node;
import io.mlopsradar.yaml.Problem;
import io.mlopsradar.yaml.YamlFile;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * What {@code radar catalog validate} finds in a catalogue: how many tools and relations it holds and every
 * problem, from a malformed field to an unsourced fact, a category that contradicts the capability or a duplicate.
 */
public record CatalogValidation(String name, int tools, int relations, List<Problem> problems) {

    public boolean valid() {
        return problems.isEmpty();
    }

    /** Validates the bundled catalogue (tools.yaml, the files it includes, relations.yaml). */
    public static CatalogValidation bundled() {
        try {
            var reader = new CatalogReader("tools.yaml", Framework.bundled(), Year.now().getValue());
            String text = CatalogReader.bundledText("tools.yaml");
            List<Tool> tools = reader.parse(text, name -> Optional.ofNullable(CatalogReader.bundledText(name)), name -> name);
            Relations relations = Relations.bundled();
            var problems = new CatalogCheck(CategoryFit.bundled()).check(tools, reader.places(), relations);
            return new CatalogValidation("bundled catalogue", tools.size(), relations.all().size(), problems);
        } catch (InvalidInputException e) {
            return new CatalogValidation("bundled catalogue", 0, 0, e.problems());
        }
    }

    /** Validates a catalogue file on disk (with the files it includes), or a file holding only relations. */
    public static CatalogValidation of(Path file) {
        try {
            Node root = YamlFile.read(file);
            if (root.isMapping() && !root.has("tools") && root.has("relations")) {
                List<Relation> relations = CatalogReader.readRelations(file, List.of());
                return new CatalogValidation(file.toString(), 0, relations.size(), List.of());
            }
            var reader = new CatalogReader(file.toString(), Framework.bundled(), Year.now().getValue());
            List<Tool> tools = reader.parseFile(file);
            List<Relation> relations = CatalogReader.readRelations(file, tools);
            var problems = new CatalogCheck(CategoryFit.bundled()).check(tools, reader.places(), new Relations(relations));
            return new CatalogValidation(file.toString(), tools.size(), relations.size(), problems);
        } catch (InvalidInputException e) {
            return new CatalogValidation(file.toString(), 0, 0, e.problems());
        }
    }

}
