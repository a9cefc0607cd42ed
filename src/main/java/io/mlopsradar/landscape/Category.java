package io.mlopsradar.landscape;

/** A named region of tools inside one quadrant, anchored at a typical position. */
public record Category(String id, String name, String quadrant, double anchorX, double anchorY, String description) implements Named {
}
