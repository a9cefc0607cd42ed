package io.mlopsradar.catalog;

import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Node;
import io.mlopsradar.input.Problem;
import io.mlopsradar.input.YamlFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The files of one catalogue: the main file, then each file its top-level {@code include:} names, in order. An
 * included file is named by its bare file name and is looked up in the main file's folder only; it may not include
 * further files.
 */
final class CatalogIncludes {
    /** One parsed catalogue file and the name its problems are reported under. */
    record Part(String file, Node root) {
    }

    private static final String FILE_NAME = "[A-Za-z0-9][A-Za-z0-9._-]*\\.ya?ml";

    private CatalogIncludes() {
    }

    /**
     * Parses the main file and the files it includes. {@code folder} reads a file of the catalogue's folder by its
     * name, empty when there is none; {@code displayName} turns a bare name into the name problems should carry.
     */
    static List<Part> resolve(String mainFile, String mainText, Function<String, Optional<String>> folder,
            Function<String, String> displayName, List<Problem> problems) {
        Node root = YamlFile.parse(mainFile, mainText);
        var parts = new ArrayList<Part>();
        parts.add(new Part(mainFile, root));
        Node include = root.get("include");
        if (include == null || (include.isScalar() && include.text() == null)) return parts;
        if (!include.isSequence()) {
            problems.add(new Problem(mainFile, root.lineOf("include"), "include", "must be a list of file names"));
            return parts;
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < include.items().size(); i++) {
            Node item = include.items().get(i);
            String name = item.text();
            String field = "include[" + i + "]";
            if (name == null || !item.isScalar() || !name.matches(FILE_NAME)) {
                problems.add(new Problem(mainFile, item.line(), field, "'" + (name == null ? "" : name)
                        + "' must be the name of a .yaml file in the catalogue's folder (no folders, no '..')"));
            } else if (!seen.add(name)) {
                problems.add(new Problem(mainFile, item.line(), field, "'" + name + "' is included twice"));
            } else {
                Optional<String> text = folder.apply(name);
                if (text.isEmpty()) {
                    problems.add(new Problem(mainFile, item.line(), field, "cannot read '" + name + "' beside " + mainFile));
                } else {
                    parts.add(included(displayName.apply(name), text.get(), problems));
                }
            }
        }
        return parts;
    }

    private static Part included(String file, String text, List<Problem> problems) {
        try {
            Node root = YamlFile.parse(file, text);
            if (root.has("include")) {
                problems.add(new Problem(file, root.lineOf("include"), "include", "only the main catalogue file may include others"));
            }
            return new Part(file, root);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return new Part(file, YamlFile.parse(file, ""));
        }
    }
}
