package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Status;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.landscape.Stage;
import io.mlopsradar.rings.AssessedTool;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Recommends two or three tools for each stage that hurts. Never a tool already in the stack, never one the
 * constraints exclude, never one on Hold or no longer active, never one that needs a cloud the organisation
 * does not use, and never a general cloud provider (switching clouds is not a fix for one stage).
 */
final class Recommender {
    static final int MAX_OPTIONS = 3;

    private final Framework framework;
    private final StackView stack;
    private final List<AssessedTool> radar;
    private final Set<String> excluded;
    private final OptionScorer scorer;

    Recommender(Framework framework, StackView stack, List<AssessedTool> radar, Set<String> excluded, OptionScorer scorer) {
        this.framework = framework;
        this.stack = stack;
        this.radar = radar;
        this.excluded = excluded;
        this.scorer = scorer;
    }

    List<Recommendation> forPains() {
        return stack.profile().pains().stream().map(this::forStage).toList();
    }

    Recommendation forStage(String stageId) {
        Stage stage = framework.stage(stageId);
        List<Recommendation.Option> options = radar.stream()
                .filter(a -> a.tool().stages().contains(stageId) && candidate(a))
                .map(a -> scorer.score(a, stageId))
                .sorted(Comparator.comparingDouble(Recommendation.Option::score).reversed()
                        .thenComparing(Recommendation.Option::id))
                .limit(MAX_OPTIONS).toList();
        List<String> coveredBy = stack.covering(stageId).stream().map(Tool::name).toList();
        return new Recommendation(stageId, stage.name(), coveredBy, note(stage, coveredBy, options), options);
    }

    private boolean candidate(AssessedTool a) {
        Tool t = a.tool();
        return !stack.contains(t) && !excluded.contains(t.id()) && t.status() == Status.ACTIVE && !a.ring().equals("hold")
                && !t.category().equals("general-cloud-providers") && !stack.needsAnotherCloud(t);
    }

    private static String note(Stage stage, List<String> coveredBy, List<Recommendation.Option> options) {
        String first;
        if (!coveredBy.isEmpty()) {
            first = "Already covered by " + String.join(", ", coveredBy) + ": first find out why it still hurts (skills, "
                    + "set-up or the tool itself); if it is the tool, these are the alternatives.";
        } else {
            first = "Nothing in your stack covers " + stage.name().toLowerCase() + " yet"
                    + (options.isEmpty() ? "." : "; start with " + options.get(0).name() + ".");
        }
        if (options.isEmpty()) return first + " No catalogue tool for this stage fits your constraints and stack.";
        if (options.size() == 1) return first + " Only one catalogue tool fits your constraints and stack.";
        return first;
    }
}
