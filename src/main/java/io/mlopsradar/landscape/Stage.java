package io.mlopsradar.landscape;

import java.util.List;

/**
 * One step of the ML lifecycle, in the software loop or the model loop, with its core capabilities: the jobs that
 * serve the stage first (experiment tracking for track-and-evaluate, before explainability).
 */
public record Stage(String id, String name, Loop loop, String description, List<String> core) implements Named {

    public Stage {
        core = List.copyOf(core);
    }
}
