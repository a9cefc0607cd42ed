package io.mlopsradar.yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Parses YAML into {@link Node}s with line numbers; syntax errors and duplicate keys become {@link Problem}s. */
public final class YamlFile {
    private YamlFile() {
    }

    public static Node read(Path path) {
        try {
            return parse(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(path.toString(), 0, null, "cannot read file: " + e.getMessage()));
        }
    }

    public static Node parse(String fileName, String text) {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with their line
        options.setCodePointLimit(64 * 1024 * 1024);
        try (Reader reader = new StringReader(text)) {
            var root = new Yaml(options).compose(reader);
            if (root == null) return Node.mapping(1, new LinkedHashMap<>(), new HashMap<>());
            return convert(fileName, root);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new InvalidInputException(new Problem(fileName, line, null, "not valid YAML: " + e.getProblem()));
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(fileName, 0, null, e.getMessage()));
        }
    }

    private static Node convert(String file, org.yaml.snakeyaml.nodes.Node node) {
        int line = node.getStartMark().getLine() + 1;
        if (node instanceof ScalarNode s) {
            boolean isNull = s.getTag().equals(Tag.NULL);
            return Node.scalar(line, isNull ? null : s.getValue());
        }
        if (node instanceof SequenceNode seq) {
            var items = new ArrayList<Node>();
            for (var child : seq.getValue()) items.add(convert(file, child));
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
            fields.put(key.getValue(), convert(file, tuple.getValueNode()));
            keyLines.put(key.getValue(), keyLine);
        }
        return Node.mapping(line, fields, keyLines);
    }
}
