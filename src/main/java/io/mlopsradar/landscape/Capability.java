package io.mlopsradar.landscape;

import java.util.List;

/** A job tools are hired for (experiment tracking, model serving, …), and the lifecycle stages where it is done. */
public record Capability(String id, String name, List<String> stages, String description) implements Named {

    public Capability {
        stages = List.copyOf(stages);
    }
}
