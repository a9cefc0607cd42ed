package io.mlopsradar.drawing;

import java.util.Objects;

/** One blip to place: a stable id and the cell (segment, ring) it belongs to; ring 0 is the innermost. */
public record Blip(String id, int segment, int ring, Movement movement) {
    public Blip {
        Objects.requireNonNull(id, "id");
        movement = movement == null ? Movement.UNCHANGED : movement;
    }

    /** Convenience constructor for a blip that did not move. */
    public Blip(String id, int segment, int ring) {
        this(id, segment, ring, Movement.UNCHANGED);
    }
}
