package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Community;
import io.mlopsradar.catalog.RelationType;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.rings.AssessedTool;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * For one need, the well-known tools that were not offered and the reason: a constraint, not your cloud, no longer
 * available, on Hold, needs Kubernetes, a part of it offered instead, or simply ranked lower. Well known means made
 * for one of the need's core capabilities with a strong community, or named as an alternative to an offered tool.
 */
final class WhyNot {
    static final int MAX = 5;

    private final StackView stack;
    private final List<AssessedTool> all;
    private final Map<String, Exclusion> excluded;

    WhyNot(StackView stack, List<AssessedTool> all, List<Exclusion> excluded) {
        this.stack = stack;
        this.all = all;
        this.excluded = excluded.stream().collect(Collectors.toMap(Exclusion::id, Function.identity()));
    }

    List<Rejection> forNeed(Need need, List<Recommendation.Option> options, List<Recommendation.Option> ranked) {
        var offered = options.stream().map(Recommendation.Option::id).toList();
        return all.stream()
                .filter(a -> !offered.contains(a.tool().id()) && !stack.contains(a.tool()))
                .filter(a -> !a.tool().category().equals("general-cloud-providers") && !a.tool().status().id().equals("internal"))
                .filter(a -> wellKnown(a.tool(), need, offered))
                .sorted(Comparator.comparing((AssessedTool a) -> excluded.containsKey(a.tool().id()))
                        .thenComparing(a -> a.tool().githubStars(), Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(a -> a.tool().community()))
                .limit(MAX)
                .map(a -> new Rejection(a.tool().id(), a.tool().name(), reason(a, options, ranked)))
                .toList();
    }

    private boolean wellKnown(Tool tool, Need need, List<String> offered) {
        boolean madeFor = need.core().contains(tool.capability());
        return (madeFor && tool.community() == Community.STRONG)
                || (need.servedBy(tool) != null && offered.stream().anyMatch(o -> stack.relations().related(o, RelationType.ALTERNATIVE_TO, tool.id())));
    }

    private String reason(AssessedTool a, List<Recommendation.Option> options, List<Recommendation.Option> ranked) {
        Tool t = a.tool();
        Exclusion e = excluded.get(t.id());
        if (e != null) return String.join("; ", e.why().stream().limit(2).toList());
        if (stack.vitality().gone(t)) {
            return "no longer an option: " + t.status().id() + Optional.ofNullable(t.supersededBy()).map(s -> ", succeeded by " + s).orElse("")
                    + stack.relations().successor(t.id()).filter(s -> !s.equals(t.supersededBy())).map(s -> ", replaced by " + s).orElse("");
        }
        if (a.ring().equals("hold")) return "on Hold on your radar: too risky to start new work on";
        if (t.requires("kubernetes") && !stack.runsKubernetes() && !stack.profile().constraints().acceptKubernetes()) {
            return "needs Kubernetes, which you do not run (set constraints.accept_kubernetes to weigh it anyway)";
        }
        var own = ranked.stream().filter(o -> o.id().equals(t.id())).findFirst();
        var part = ranked.stream().filter(o -> !o.id().equals(t.id()) && stack.whole(o.id()).equals(t.id())
                && own.map(w -> w.capability().equals(o.capability())).orElse(true)).findFirst();
        if (part.isPresent()) return "its own part " + part.get().name() + " is the piece that serves this need" + (options.contains(part.get()) ? ", offered above" : "");
        var fading = stack.vitality().fading(t);
        if (fading.isPresent()) return "fading: " + fading.get();
        var scored = ranked.stream().filter(o -> o.id().equals(t.id())).findFirst();
        if (scored.isEmpty()) return "does not serve this need closely enough";
        double lowest = options.stream().mapToDouble(Recommendation.Option::score).min().orElse(0);
        return "ranked lower: scored " + scored.get().score() + " against " + lowest + " for the last option offered"
                + weakest(scored.get()).map(w -> " (" + w + ")").orElse("");
    }

    /** The first reason the option lost points, if any. */
    private static Optional<String> weakest(Recommendation.Option o) {
        return o.components().stream().filter(c -> c.points() < 0).map(ScoreComponent::text).filter(Objects::nonNull).findFirst();
    }
}
