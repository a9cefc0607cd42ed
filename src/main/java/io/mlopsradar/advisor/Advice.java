package io.mlopsradar.advisor;

import io.mlopsradar.rings.AssessedTool;
import java.util.List;
import java.util.Optional;

/**
 * Everything the advisor says to one organisation: where it stands, its personal radar and what it rules out,
 * two or three options per pain, build or buy per need, and an adoption plan by ring.
 */
public record Advice(Profile organisation, int year, CapabilityMap capability, List<AssessedTool> radar,
                     List<Exclusion> excluded, List<Recommendation> recommendations, List<BuildOrBuyCall> buildVsBuy,
                     List<PlanStep> plan) {

    public Advice {
        radar = List.copyOf(radar);
        excluded = List.copyOf(excluded);
        recommendations = List.copyOf(recommendations);
        buildVsBuy = List.copyOf(buildVsBuy);
        plan = List.copyOf(plan);
    }

    /** The organisation's ring for a tool id, if the constraints leave it on the radar. */
    public Optional<AssessedTool> onRadar(String toolId) {
        return radar.stream().filter(a -> a.tool().id().equals(toolId)).findFirst();
    }

    /** The recommendation for one need (a stage or capability id), if it is a pain. */
    public Optional<Recommendation> recommendationFor(String need) {
        return recommendations.stream().filter(r -> r.need().equals(need)).findFirst();
    }
}
