package io.mlopsradar.input;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses YAML into {@link Node}s with line numbers; syntax errors, duplicate keys and documents that are too deep,
 * use too many aliases or expand too far (YAML bombs) become {@link Problem}s naming the line.
 */
public final class YamlFile {
    /** Aliases to lists or mappings (merge keys included): a real radar or catalogue needs a handful. */
    static final int MAX_ALIASES = 50;
    /** How deep lists and mappings may nest: our formats need fewer than ten levels. */
    static final int MAX_DEPTH = 50;
    /** How many values a document may hold once its aliases are expanded. */
    static final int MAX_VALUES = 2_000_000;

    private YamlFile() {
    }

    public static Node read(Path path) {
        return parse(path.toString(), InputText.read(path));
    }

    public static Node parse(String fileName, String text) {
        text = InputText.check(fileName, text);
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with their line
        options.setCodePointLimit((int) InputText.MAX_BYTES);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowRecursiveKeys(false);
        try (Reader reader = new StringReader(text)) {
            var root = new Yaml(options).compose(reader);
            if (root == null) return Node.mapping(1, new LinkedHashMap<>(), new HashMap<>());
            return new Converter(fileName).convert(root, 0);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new InvalidInputException(new Problem(fileName, line, null, "not valid YAML: " + e.getProblem()));
        } catch (YAMLException e) {
            throw new InvalidInputException(YamlLimits.locate(fileName, text, options, e));
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(fileName, 0, null, e.getMessage()));
        }
    }

    /** Turns SnakeYAML's nodes into ours, counting values so that shared (aliased) nodes cannot expand without end. */
    private static final class Converter {
        private final String file;
        private int values;

        Converter(String file) {
            this.file = file;
        }

        Node convert(org.yaml.snakeyaml.nodes.Node node, int depth) {
            int line = node.getStartMark().getLine() + 1;
            if (++values > MAX_VALUES || depth > MAX_DEPTH) {
                throw new InvalidInputException(new Problem(file, line, null, "the document expands to more than "
                        + (depth > MAX_DEPTH ? MAX_DEPTH + " levels" : MAX_VALUES + " values") + " through its aliases (a YAML bomb?)"));
            }
            if (node instanceof ScalarNode s) {
                boolean isNull = s.getTag().equals(Tag.NULL);
                return Node.scalar(line, isNull ? null : s.getValue());
            }
            if (node instanceof SequenceNode seq) {
                var items = new ArrayList<Node>();
                for (var child : seq.getValue()) items.add(convert(child, depth + 1));
                return Node.sequence(line, items);
            }
            var mapping = (MappingNode) node;
            var fields = new LinkedHashMap<String, Node>();
            var keyLines = new HashMap<String, Integer>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    throw new InvalidInputException(new Problem(file, tuple.getKeyNode().getStartMark().getLine() + 1, null,
                            "a key must be plain text"));
                }
                int keyLine = key.getStartMark().getLine() + 1;
                if (fields.containsKey(key.getValue())) {
                    throw new InvalidInputException(new Problem(file, keyLine, key.getValue(), "key appears twice in one mapping"));
                }
                fields.put(key.getValue(), convert(tuple.getValueNode(), depth + 1));
                keyLines.put(key.getValue(), keyLine);
            }
            return Node.mapping(line, fields, keyLines);
        }
    }
}
