package io.mlopsradar.input;

import java.io.StringReader;
import java.util.HashSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * Finds where a YAML document broke one of the loader's limits (SnakeYAML reports aliases and depth without a line),
 * by walking its events again, so the refusal names the line.
 */
final class YamlLimits {
    private YamlLimits() {
    }

    static Problem locate(String file, String text, LoaderOptions options, YAMLException e) {
        String why = e.getMessage() == null ? "" : e.getMessage();
        var collectionAnchors = new HashSet<String>();
        int aliases = 0;
        int depth = 0;
        try {
            for (Event event : new Yaml(options).parse(new StringReader(text))) {
                if (event instanceof CollectionStartEvent start) {
                    if (start.getAnchor() != null) collectionAnchors.add(start.getAnchor());
                    if (++depth > YamlFile.MAX_DEPTH) {
                        return new Problem(file, line(event.getStartMark()), null, "lists and mappings nest more than "
                                + YamlFile.MAX_DEPTH + " levels deep");
                    }
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                } else if (event instanceof AliasEvent alias && collectionAnchors.contains(alias.getAnchor())
                        && ++aliases > YamlFile.MAX_ALIASES) {
                    return new Problem(file, line(event.getStartMark()), null, "more than " + YamlFile.MAX_ALIASES
                            + " aliases to lists or mappings (merge keys count); write the values out (a YAML bomb?)");
                }
            }
        } catch (YAMLException again) {
            why = again.getMessage() == null ? why : again.getMessage();
        }
        return new Problem(file, 0, null, "not valid YAML: " + why.lines().findFirst().orElse("the document breaks a limit"));
    }

    private static int line(Mark mark) {
        return mark == null ? 0 : mark.getLine() + 1;
    }
}
