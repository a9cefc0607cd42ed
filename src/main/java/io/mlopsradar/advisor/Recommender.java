package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Origin;

import io.mlopsradar.catalog.Tool;
import io.mlopsradar.rings.AssessedTool;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recommends two or three tools for each need, each for the capability it serves. Never a tool already in the stack,
 * one the constraints or its cloud exclude, one on Hold or no longer available, a general cloud provider, or one that
 * needs Kubernetes when the organisation runs none and has not said it would; never the whole of a product when a
 * part of it is offered. Options rank by score; ties go to the stronger evidence (activity, adoption, fit), and a
 * fading tool is never first while an active one serves the need.
 */
final class Recommender {
    static final int MAX_OPTIONS = 3;

    private final StackView stack;
    private final List<AssessedTool> radar;
    private final OptionScorer scorer;
    private final WhyNot whyNot;

    Recommender(StackView stack, List<AssessedTool> radar, OptionScorer scorer, WhyNot whyNot) {
        this.stack = stack;
        this.radar = radar;
        this.scorer = scorer;
        this.whyNot = whyNot;
    }

    Recommendation forNeed(Need need) {
        Map<String, Tool> byId = radar.stream().map(AssessedTool::tool).collect(Collectors.toMap(Tool::id, Function.identity()));
        List<Recommendation.Option> ranked = radar.stream()
                .filter(a -> need.servedBy(a.tool()) != null && candidate(a))
                .map(a -> scorer.score(a, need))
                .sorted(order(byId)).toList();
        var options = pick(ranked);
        List<String> coveredBy = stack.covering(need).stream().map(Tool::name).toList();
        return new Recommendation(need.id(), need.name(), need.stage(), coveredBy, note(need, coveredBy, options), options,
                whyNot.forNeed(need, options, ranked));
    }

    boolean candidate(AssessedTool a) {
        Tool t = a.tool();
        return !stack.contains(t) && !stack.vitality().gone(t) && !a.ring().equals("hold")
                && !t.category().equals("general-cloud-providers") && !stack.needsAnotherCloud(t)
                && !(t.requires("kubernetes") && !stack.runsKubernetes() && !stack.profile().constraints().acceptKubernetes());
    }

    /**
     * Score first; then evidence strength: active before fading, battle-tested in a large company before released,
     * wider adoption, closer fit, longer record.
     */
    private Comparator<Recommendation.Option> order(Map<String, Tool> byId) {
        Comparator<Recommendation.Option> c = Comparator.comparingDouble(Recommendation.Option::score).reversed();
        return c.thenComparing(o -> stack.vitality().fading(byId.get(o.id())).isPresent())
                .thenComparing(o -> byId.get(o.id()).origin() != Origin.LARGE_COMPANY)
                .thenComparing(o -> byId.get(o.id()).githubStars(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(o -> -o.components().get(0).points())
                .thenComparing(o -> byId.get(o.id()).firstRelease(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Recommendation.Option::id);
    }

    /** The top options, skipping a whole product when one of its parts is already offered, and naming shared products. */
    private List<Recommendation.Option> pick(List<Recommendation.Option> ranked) {
        var out = new ArrayList<Recommendation.Option>();
        for (var o : ranked) {
            if (out.size() == MAX_OPTIONS) break;
            if (ranked.stream().anyMatch(p -> !p.id().equals(o.id()) && stack.whole(p.id()).equals(o.id())
                    && p.capability().equals(o.capability()))) continue;
            var sibling = out.stream().filter(p -> stack.whole(p.id()).equals(stack.whole(o.id())) && !stack.whole(o.id()).equals(o.id())
                    || stack.whole(o.id()).equals(p.id())).findFirst();
            out.add(sibling.map(p -> o.withNote("part of the same product as " + p.name() + ": not an alternative to it but "
                    + "another piece of it")).orElse(o));
        }
        activeFirst(out, ranked);
        return out;
    }

    /** A fading tool is never first: the best active option moves up, taken from further down when need be. */
    private void activeFirst(List<Recommendation.Option> out, List<Recommendation.Option> ranked) {
        if (out.isEmpty() || !fading(out.get(0))) return;
        var active = ranked.stream().filter(o -> !fading(o)).findFirst();
        if (active.isEmpty()) {
            out.set(0, out.get(0).withNote("the only tools that serve this need are fading: plan to replace this one"));
            return;
        }
        out.remove(active.get());
        out.add(0, active.get());
        if (out.size() > MAX_OPTIONS) out.remove(out.size() - 1);
    }

    private static boolean fading(Recommendation.Option o) {
        return o.components().stream().anyMatch(c -> c.name().equals("fading"));
    }

    private static String note(Need need, List<String> coveredBy, List<Recommendation.Option> options) {
        String first;
        if (!coveredBy.isEmpty()) {
            first = "Already covered by " + String.join(", ", coveredBy) + ": first find out why it still hurts (skills, "
                    + "set-up or the tool itself); if it is the tool, these are the alternatives.";
        } else {
            first = "Nothing in your stack covers " + need.name().toLowerCase() + " yet"
                    + (options.isEmpty() ? "." : "; start with " + options.get(0).name() + " for " + Need.lower(options.get(0).capabilityName()) + ".");
        }
        if (options.isEmpty()) return first + " No catalogue tool for this need fits your constraints and stack.";
        if (options.size() == 1) return first + " Only one catalogue tool fits your constraints and stack.";
        return first;
    }
}
