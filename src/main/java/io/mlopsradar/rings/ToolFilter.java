package io.mlopsradar.rings;

/**
 * The filters of the tool list: each may be null (no filter); quadrant, category, ring, stage and capability by id or
 * name. A capability matches the tools that cover it, as their primary capability or one they also cover.
 */
public record ToolFilter(String quadrant, String category, String ring, String stage, String delivery, String search,
                         String capability) {

    public ToolFilter(String quadrant, String category, String ring, String stage, String delivery, String search) {
        this(quadrant, category, ring, stage, delivery, search, null);
    }

    public static ToolFilter none() {
        return new ToolFilter(null, null, null, null, null, null, null);
    }
}
