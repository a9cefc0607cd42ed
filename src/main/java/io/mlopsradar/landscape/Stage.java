package io.mlopsradar.landscape;

/** One step of the ML lifecycle, in the software loop or the model loop. */
public record Stage(String id, String name, Loop loop, String description) implements Named {
}
