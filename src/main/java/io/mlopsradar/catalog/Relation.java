package io.mlopsradar.catalog;

/** One sourced relation between two catalogue tools, such as "Ray Tune is part of Ray". */
public record Relation(String from, RelationType type, String to, String source) {

    /** True when the relation touches the tool at either end. */
    public boolean touches(String toolId) {
        return from.equals(toolId) || to.equals(toolId);
    }

    /** The tool at the other end from the given one. */
    public String other(String toolId) {
        return from.equals(toolId) ? to : from;
    }

    /** The relation's words read from the given tool's side: "part of", "has part", "works with". */
    public String wordsFrom(String toolId) {
        return from.equals(toolId) || type.symmetric() ? type.forward() : type.backward();
    }
}
