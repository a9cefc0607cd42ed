package io.mlopsradar.landscape;

import java.util.List;
import java.util.Map;

/**
 * Places a tool on the landscape from its categories and the lifecycle stages it covers.
 *
 * <p>Start at the primary category's anchor, lean a little toward any other categories, then shift right as the
 * covered stages lean to the model loop (data-side stages less than model-side ones), and up as more stages are
 * covered. A small offset derived from the tool's id separates tools with identical facts. The result is clamped
 * inside the primary category's quadrant, so it is deterministic and never leaves its quadrant.
 */
public final class Placement {
    /** How model-focused the artefacts of each stage are: software loop left of 0.5, model loop right. */
    static final Map<String, Double> STAGE_FOCUS = Map.ofEntries(
            Map.entry("plan-code", 0.05), Map.entry("build-package", 0.10), Map.entry("test-ci", 0.15),
            Map.entry("release-deploy", 0.25), Map.entry("operate-serve", 0.35), Map.entry("monitor", 0.40),
            Map.entry("data-collect-version", 0.55), Map.entry("label-annotate", 0.60),
            Map.entry("feature-engineer", 0.65), Map.entry("explore-notebook", 0.75),
            Map.entry("track-evaluate", 0.80), Map.entry("train-tune", 0.85),
            Map.entry("register-package-model", 0.90));
    private static final double FOCUS_WEIGHT = 0.24;
    private static final double SCOPE_WEIGHT = 0.22;
    private static final double PULL_TO_OTHERS = 0.2;
    private static final double JITTER_X = 0.07;
    private static final double JITTER_Y = 0.10;
    private static final double MARGIN = 0.02;

    private final Framework framework;

    public Placement(Framework framework) {
        this.framework = framework;
    }

    public Position place(String toolId, String category, List<String> otherCategories, List<String> stages) {
        Category primary = framework.category(category);
        double x = primary.anchorX();
        double y = primary.anchorY();
        if (!otherCategories.isEmpty()) {
            double ox = otherCategories.stream().mapToDouble(c -> framework.category(c).anchorX()).average().orElse(x);
            double oy = otherCategories.stream().mapToDouble(c -> framework.category(c).anchorY()).average().orElse(y);
            x += PULL_TO_OTHERS * (ox - x);
            y += PULL_TO_OTHERS * (oy - y);
        }
        x += FOCUS_WEIGHT * (focus(stages) - 0.5);
        y += SCOPE_WEIGHT * (scope(stages.size()) - 0.35);
        int h = toolId.hashCode() * 0x9E3779B1;
        x += JITTER_X * (((h >>> 8) & 0xFF) / 127.5 - 1);
        y += JITTER_Y * (((h >>> 16) & 0xFF) / 127.5 - 1);
        Quadrant q = framework.quadrantOf(primary);
        x = clamp(x, q.minX() + MARGIN, q.minX() + 0.5 - MARGIN);
        y = clamp(y, q.minY() + MARGIN, q.minY() + 0.5 - MARGIN);
        return new Position(x, y).rounded();
    }

    /** Mean artefact focus of the stages; model-loop stages pull it right. */
    static double focus(List<String> stages) {
        return stages.stream().mapToDouble(s -> STAGE_FOCUS.getOrDefault(s, 0.5)).average().orElse(0.5);
    }

    /** Scope from the number of stages: one stage is 0, six or more is 1. */
    static double scope(int stageCount) {
        return Math.min(1.0, Math.max(0, stageCount - 1) / 5.0);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
