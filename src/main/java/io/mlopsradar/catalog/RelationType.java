package io.mlopsradar.catalog;

/**
 * How two tools relate. {@code works-with} and {@code alternative-to} read both ways; {@code part-of} points from
 * the part to the whole, {@code replaced-by} from the old tool to its successor.
 */
public enum RelationType {
    WORKS_WITH("works-with", "works with", "works with", true),
    ALTERNATIVE_TO("alternative-to", "alternative to", "alternative to", true),
    PART_OF("part-of", "part of", "has part", false),
    REPLACED_BY("replaced-by", "replaced by", "replaces", false);

    private final String id;
    private final String forward;
    private final String backward;
    private final boolean symmetric;

    RelationType(String id, String forward, String backward, boolean symmetric) {
        this.id = id;
        this.forward = forward;
        this.backward = backward;
        this.symmetric = symmetric;
    }

    public String id() {
        return id;
    }

    /** The words for the relation read from its {@code from} tool ("part of"). */
    public String forward() {
        return forward;
    }

    /** The words for the relation read from its {@code to} tool ("has part"). */
    public String backward() {
        return backward;
    }

    public boolean symmetric() {
        return symmetric;
    }

    public static RelationType of(String id) {
        return EnumCodes.of(values(), RelationType::id, id);
    }

    static java.util.Set<String> ids() {
        return EnumCodes.codes(values(), RelationType::id);
    }
}
