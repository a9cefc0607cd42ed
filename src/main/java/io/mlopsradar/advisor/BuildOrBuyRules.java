package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Origin;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Framework;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the build-vs-buy rules of thumb to each need: buy by default; build only the platform pieces when MLOps
 * is the organisation's core business; always build the connectors between bought tools; specialised tools first;
 * and say when the consultancy counterexample (a framework built outside an MLOps company) applies.
 */
final class BuildOrBuyRules {
    /** Stages that make up an MLOps platform; the rest (code, CI, notebooks, labelling) is commodity tooling. */
    static final Set<String> PLATFORM_STAGES = Set.of("data-collect-version", "feature-engineer", "train-tune",
            "track-evaluate", "register-package-model", "release-deploy", "operate-serve", "monitor");

    private final Framework framework;
    private final Catalog catalog;
    private final StackView stack;

    BuildOrBuyRules(Framework framework, Catalog catalog, StackView stack) {
        this.framework = framework;
        this.catalog = catalog;
        this.stack = stack;
    }

    /** The lifecycle stages a need touches: the stage itself, or the stages of the capability. */
    private List<String> stages(Recommendation r) {
        return r.stageNeed() ? List.of(r.need()) : framework.capability(r.need()).stages();
    }

    List<BuildOrBuyCall> decide(List<Recommendation> recommendations) {
        return recommendations.stream().map(this::decide).toList();
    }

    private BuildOrBuyCall decide(Recommendation r) {
        Optional<Tool> chosen = r.options().stream().findFirst().map(o -> catalog.get(o.id()));
        boolean build = stack.profile().mlopsCoreBusiness() && stages(r).stream().anyMatch(PLATFORM_STAGES::contains);
        String why = (build ? buildWhy(r, chosen) : buyWhy(r, chosen)) + counterexample(r).orElse("");
        var connectors = chosen.map(t -> Connectors.between(t, stages(r).get(0), stack.tools())).orElse(List.of());
        return new BuildOrBuyCall(r.need(), r.needName(), build ? BuildOrBuyCall.Decision.BUILD : BuildOrBuyCall.Decision.BUY,
                chosen.map(Tool::name).orElse(null), why, connectors);
    }

    private String buildWhy(Recommendation r, Optional<Tool> chosen) {
        return "Build is allowed: MLOps is your core business and " + lower(r) + " is part of the platform you sell, so "
                + "owning it is where you compete." + chosen.map(t -> " Study " + t.name() + " first and buy or embed it "
                + "where it already does what your product needs; build only what sets you apart.").orElse("");
    }

    private String buyWhy(Recommendation r, Optional<Tool> chosen) {
        String base = stack.profile().mlopsCoreBusiness()
                ? "Buy: even for an MLOps company, " + lower(r) + " is commodity tooling outside the platform you sell."
                : "Buy: MLOps is not your core business, and building " + lower(r) + " tooling would mean competing "
                + "with companies that spend all their effort on it.";
        if (chosen.isEmpty()) return base + " Keep what you have until a fitting tool appears.";
        Tool t = chosen.get();
        String pick = t.stages().size() <= 2
                ? " Start with " + t.name() + ": a specialised tool, easy to plug in and take out again."
                : " Start with " + t.name() + "; prefer specialised tools where they exist, as they mix best with your workflow.";
        return base + pick + " Build only the connectors to your stack: that glue is what fits your business.";
    }

    /** The rule's best-known exception, when a framework from a consultancy is in view. */
    private Optional<String> counterexample(Recommendation r) {
        if (stack.profile().mlopsCoreBusiness()) return Optional.empty();
        var inView = r.options().stream().map(o -> catalog.get(o.id())).filter(t -> t.origin() == Origin.CONSULTANCY).findFirst()
                .or(() -> tried().stream().filter(t -> t.origin() == Origin.CONSULTANCY && t.stages().contains(stages(r).get(0))).findFirst());
        return inView.map(t -> " These are rules of thumb with counterexamples: " + t.name() + " was born inside a "
                + "consultancy whose business is not MLOps (it is now stewarded by " + t.steward() + ") and became an "
                + "integrator for other tools; a thin framework can pay off when it captures how you deliver projects.");
    }

    /** The stack's tools and the tools the organisation has tried. */
    private List<Tool> tried() {
        var tools = new ArrayList<>(stack.tools());
        stack.profile().trials().forEach(t -> tools.add(catalog.get(t.tool())));
        return tools;
    }

    private static String lower(Recommendation r) {
        return r.needName().toLowerCase();
    }
}
