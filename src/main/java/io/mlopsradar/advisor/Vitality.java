package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Status;
import io.mlopsradar.catalog.Tool;
import java.util.Optional;

/**
 * Whether a tool still has a future worth building on. A tool that is no longer active (kept in maintenance, winding
 * down) is fading: it may be offered, but never first while something active serves the need.
 */
final class Vitality {
    private Vitality() {
    }

    /** True when the tool can no longer be chosen at all: discontinued, superseded or one company's internal platform. */
    static boolean gone(Tool tool) {
        return tool.status() == Status.DISCONTINUED || tool.status() == Status.SUPERSEDED || tool.status() == Status.INTERNAL;
    }

    /** Why the tool is fading, if it is. */
    static Optional<String> fading(Tool tool) {
        if (gone(tool) || tool.status() == Status.ACTIVE) return Optional.empty();
        return Optional.of("its status is " + tool.status().id());
    }
}
