package io.mlopsradar.input;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Reads typed fields out of one YAML mapping and collects every problem instead of stopping at the first,
 * so a user fixes a file in one pass.
 */
public final class Fields {
    private final String file;
    private final Node node;
    private final String prefix;
    private final List<Problem> problems;

    public Fields(String file, Node node, String prefix, List<Problem> problems) {
        this.file = file;
        this.node = node;
        this.prefix = prefix == null ? "" : prefix;
        this.problems = problems;
    }

    public Node node() {
        return node;
    }

    public String file() {
        return file;
    }

    public void problem(String field, String message) {
        problems.add(new Problem(file, node.lineOf(field), prefix + field, message));
    }

    /** Reports keys this reader does not know, which are usually typos. */
    public void onlyKeys(Collection<String> allowed) {
        for (String key : node.fields().keySet()) {
            if (!allowed.contains(key)) problem(key, "unknown field (allowed: " + String.join(", ", allowed) + ")");
        }
    }

    public String required(String field) {
        String value = optional(field);
        if (value == null || value.isBlank()) {
            problem(field, "missing required field");
            return null;
        }
        return value;
    }

    public String optional(String field) {
        Node value = node.get(field);
        if (value == null) return null;
        if (!value.isScalar()) {
            problem(field, "must be a single value, not a list or mapping");
            return null;
        }
        return value.text() == null ? null : value.text().trim();
    }

    public String oneOf(String field, Set<String> allowed, boolean required) {
        String value = required ? required(field) : optional(field);
        if (value != null && !allowed.contains(value)) {
            problem(field, "'" + value + "' is not one of " + String.join(", ", allowed.stream().sorted().toList()));
            return null;
        }
        return value;
    }

    public Integer integer(String field, boolean required) {
        String value = required ? required(field) : optional(field);
        if (value == null) return null;
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problem(field, "'" + value + "' is not a whole number");
            return null;
        }
    }

    public Double number(String field, boolean required) {
        String value = required ? required(field) : optional(field);
        if (value == null) return null;
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            problem(field, "'" + value + "' is not a number");
            return null;
        }
    }

    public boolean bool(String field, boolean defaultValue) {
        String value = optional(field);
        if (value == null) return defaultValue;
        return switch (value.toLowerCase()) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                problem(field, "'" + value + "' is not true or false");
                yield defaultValue;
            }
        };
    }

    public List<String> list(String field) {
        Node value = node.get(field);
        if (value == null || (value.isScalar() && value.text() == null)) return List.of();
        if (value.isMapping()) {
            problem(field, "must be a list");
            return List.of();
        }
        return new ArrayList<>(value.texts());
    }

    public Fields child(String field) {
        Node value = node.get(field);
        if (value == null || !value.isMapping()) {
            if (value != null) problem(field, "must be a mapping");
            return null;
        }
        return new Fields(file, value, prefix + field + ".", problems);
    }
}
