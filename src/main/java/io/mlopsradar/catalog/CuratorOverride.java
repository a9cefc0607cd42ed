package io.mlopsradar.catalog;

/** A curator's decision on a tool's ring, with the reason; it wins over the computed ring. */
public record CuratorOverride(String ring, String rationale) {
}
