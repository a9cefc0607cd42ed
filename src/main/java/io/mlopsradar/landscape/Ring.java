package io.mlopsradar.landscape;

import java.util.List;

/** A radar ring: how strongly the radar recommends a tool, with the strategy and actions that go with it. */
public record Ring(String id, String name, int order, String strategy, List<String> actions) implements Named {
}
