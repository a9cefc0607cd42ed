package io.mlopsradar.advisor;

import java.util.List;

/** One ring of the adoption plan: the ring's strategy and actions, applied to the recommended tools in it. */
public record PlanStep(String ring, String ringName, String strategy, List<String> actions, List<String> items) {

    public PlanStep {
        actions = List.copyOf(actions);
        items = List.copyOf(items);
    }
}
