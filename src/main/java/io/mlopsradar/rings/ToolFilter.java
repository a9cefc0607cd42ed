package io.mlopsradar.rings;

/** The filters of the tool list: each may be null (no filter); quadrant, category, ring and stage by id or name. */
public record ToolFilter(String quadrant, String category, String ring, String stage, String delivery, String search) {

    public static ToolFilter none() {
        return new ToolFilter(null, null, null, null, null, null);
    }
}
