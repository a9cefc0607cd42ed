package io.mlopsradar.advisor;

import io.mlopsradar.landscape.Framework;
import io.mlopsradar.landscape.Ring;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the first choice for each need by ring and turns the ring's actions into concrete steps: Adopt means
 * training and defaults, Trial a pilot on a greenfield project, Assess a time-boxed spike, Hold a brown-bag.
 */
final class AdoptionPlan {
    private final Framework framework;

    AdoptionPlan(Framework framework) {
        this.framework = framework;
    }

    List<PlanStep> plan(List<Recommendation> recommendations) {
        Map<String, List<String>> items = new LinkedHashMap<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (Recommendation r : recommendations) {
            if (r.options().isEmpty()) continue;
            var o = r.options().get(0);
            if (seen.putIfAbsent(o.id(), r.need()) != null) continue;
            items.computeIfAbsent(o.ring(), k -> new ArrayList<>()).add(step(o, r.needName().toLowerCase()));
        }
        var steps = new ArrayList<PlanStep>();
        for (Ring ring : framework.rings()) {
            List<String> its = items.get(ring.id());
            if (its != null) steps.add(new PlanStep(ring.id(), ring.name(), ring.strategy(), ring.actions(), its));
        }
        return steps;
    }

    private static String step(Recommendation.Option o, String need) {
        return switch (o.ring()) {
            case "adopt" -> "Train every team on " + o.name() + " for " + need + " and make it the default in project "
                    + "templates and reviews; write down the adoption plan.";
            case "trial" -> "Pilot " + o.name() + " for " + need + " on an internal greenfield project where a failure "
                    + "costs little; share what you learnt before wider use.";
            case "assess" -> "Run a time-boxed spike with " + o.name() + " for " + need + " on a research or non "
                    + "client-facing model; decide from what you find whether to trial it.";
            default -> "Hold a lunchtime brown-bag on " + o.name() + " and watch how it matures; start no new work on it.";
        };
    }
}
