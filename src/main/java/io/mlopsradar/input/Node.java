package io.mlopsradar.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers the line it came from, so readers can name the line and field of bad input.
 * A node is a mapping, a sequence or a scalar (text, possibly null).
 */
public final class Node {
    private final int line;
    private final String scalar;
    private final List<Node> items;
    private final Map<String, Node> fields;
    private final Map<String, Integer> keyLines;

    private Node(int line, String scalar, List<Node> items, Map<String, Node> fields, Map<String, Integer> keyLines) {
        this.line = line;
        this.scalar = scalar;
        this.items = items;
        this.fields = fields;
        this.keyLines = keyLines;
    }

    static Node scalar(int line, String value) {
        return new Node(line, value, null, null, null);
    }

    static Node sequence(int line, List<Node> items) {
        return new Node(line, null, List.copyOf(items), null, null);
    }

    static Node mapping(int line, LinkedHashMap<String, Node> fields, Map<String, Integer> keyLines) {
        return new Node(line, null, null, fields, keyLines);
    }

    public int line() {
        return line;
    }

    public boolean isMapping() {
        return fields != null;
    }

    public boolean isSequence() {
        return items != null;
    }

    public boolean isScalar() {
        return fields == null && items == null;
    }

    /** The scalar's text, or null for a YAML null or a non-scalar. */
    public String text() {
        return scalar;
    }

    public List<Node> items() {
        return items == null ? List.of() : items;
    }

    public Map<String, Node> fields() {
        return fields == null ? Map.of() : fields;
    }

    public Node get(String key) {
        return fields == null ? null : fields.get(key);
    }

    public boolean has(String key) {
        return fields != null && fields.containsKey(key);
    }

    /** The line of a key in this mapping (the line of the mapping when the key is absent). */
    public int lineOf(String key) {
        Integer l = keyLines == null ? null : keyLines.get(key);
        return l == null ? line : l;
    }

    /** The scalar texts of a sequence, or of a single scalar; empty when absent. */
    public List<String> texts() {
        if (isScalar()) return scalar == null ? List.of() : List.of(scalar);
        var out = new ArrayList<String>();
        for (Node n : items()) if (n.text() != null) out.add(n.text());
        return out;
    }
}
