package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Community;
import io.mlopsradar.catalog.Delivery;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.rings.AssessedTool;
import io.mlopsradar.rings.Effect;
import io.mlopsradar.rings.Reason;
import io.mlopsradar.rings.RingPolicy;
import io.mlopsradar.rings.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a candidate tool for one stage that hurts; higher is better, ties are broken by tool id.
 *
 * <p>Weights: ring (Adopt 3, Trial 2, Assess 1); scope, because specialised tools come first (1 or 2 stages +1.5,
 * 3 or 4 stages +0.5); purpose (+1 when its tags show it is made for the stage, see {@link StagePurpose}; -1 when
 * its primary tag is {@code llmops}, as it is made for LLM applications); stage fit (+0.5 for each other pain the tool also covers, at most +1); complement (+1 when
 * the stack covers the stage only with tools from the other side of the landscape, so this one brings the missing
 * view); integration with the stack (+1 per link, at most +2); community (strong +1, moderate +0.5); and, for a
 * team without engineers or ML engineers, operations (managed SaaS or cloud service +2, self-hosted software
 * -0.5, a self-hosted service to run on a cluster or as a platform, see {@link #OPS_HEAVY_TAGS}, -1.5).
 */
final class OptionScorer {
    static final Map<String, Double> RING = Map.of("adopt", 3.0, "trial", 2.0, "assess", 1.0);
    static final double SPECIALISED = 1.5, FEW_STAGES = 0.5;
    static final double PURPOSE = 1.0, LLM_ONLY = -1.0;
    static final double OTHER_PAIN = 0.5, MAX_STAGE_FIT = 1.0;
    static final double COMPLEMENT = 1.0;
    static final double LINK = 1.0, MAX_INTEGRATION = 2.0;
    static final double STRONG_COMMUNITY = 1.0, MODERATE_COMMUNITY = 0.5;
    static final double MANAGED = 2.0, SELF_HOSTED = -0.5, OPS_HEAVY = -1.5;
    static final Set<String> OPS_HEAVY_TAGS = Set.of("kubernetes", "gitops", "orchestration", "infrastructure", "platform");

    private final Framework framework;
    private final StackView stack;
    private final Eligibility eligibility;
    private final Integration integration;
    private final RingPolicy policy;
    private final int year;

    OptionScorer(Framework framework, StackView stack, Eligibility eligibility, int year) {
        this.framework = framework;
        this.stack = stack;
        this.eligibility = eligibility;
        this.integration = new Integration(framework, stack);
        this.policy = new RingPolicy(framework);
        this.year = year;
    }

    Recommendation.Option score(AssessedTool candidate, String stage) {
        Tool tool = candidate.tool();
        var why = new ArrayList<String>();
        double score = RING.getOrDefault(candidate.ring(), 0.0);
        why.add(ringWords(candidate));
        score += scope(tool, why);
        score += purpose(tool, stage, why);
        score += stageFit(tool, stage, why);
        score += complement(candidate, stage, why);
        List<String> links = integration.links(tool, stage);
        why.addAll(links);
        score += Math.min(MAX_INTEGRATION, LINK * links.size());
        score += community(tool, why);
        score += operations(tool, why);
        constraintsMet(tool, why);
        eligibility.warning(tool).ifPresent(why::add);
        boolean allInOne = framework.quadrant(candidate.assessment().quadrant()).allInOne();
        return new Recommendation.Option(tool.id(), tool.name(), candidate.ring(), Math.round(score * 100) / 100.0, why,
                TradeOff.of(tool, allInOne, year));
    }

    private String ringWords(AssessedTool candidate) {
        String ring = framework.ring(candidate.ring()).name();
        var own = candidate.assessment().reasons().stream()
                .filter(r -> r.rule() == Rule.LITMUS_TEST || r.rule() == Rule.VENDOR_PLATFORM)
                .filter(r -> r.effect() != Effect.MINUS && r.effect() != Effect.NOTED).map(Reason::text).findFirst();
        return ring + " on your radar" + own.map(t -> ": " + t).orElse("");
    }

    private double scope(Tool tool, List<String> why) {
        int n = tool.stages().size();
        if (n <= 2) {
            why.add("specialised: covers " + stageNames(tool.stages()) + " only, so it is easy to plug in and take out");
            return SPECIALISED;
        }
        if (n <= 4) {
            why.add("focused: covers " + n + " lifecycle stages");
            return FEW_STAGES;
        }
        return 0;
    }

    private double purpose(Tool tool, String stage, List<String> why) {
        double score = 0;
        var tag = StagePurpose.madeFor(tool, stage);
        if (tag.isPresent()) {
            why.add("made for " + framework.stage(stage).name().toLowerCase() + " (tagged " + tag.get() + ")");
            score += PURPOSE;
        }
        if (!tool.tags().isEmpty() && tool.tags().get(0).equals("llmops")) {
            why.add("built around large language models: a fit only if you ship LLM applications");
            score += LLM_ONLY;
        }
        return score;
    }

    private double stageFit(Tool tool, String stage, List<String> why) {
        List<String> others = stack.profile().pains().stream().filter(p -> !p.equals(stage) && tool.stages().contains(p)).toList();
        if (others.isEmpty()) return 0;
        why.add("also eases your other pain" + (others.size() == 1 ? "" : "s") + ": " + stageNames(others));
        return Math.min(MAX_STAGE_FIT, OTHER_PAIN * others.size());
    }

    private double complement(AssessedTool candidate, String stage, List<String> why) {
        var current = stack.covering(stage);
        boolean modelSide = candidate.assessment().position().x() >= 0.5;
        if (current.isEmpty() || current.stream().anyMatch(t -> (position(t) >= 0.5) == modelSide)) return 0;
        why.add("complements " + String.join(", ", current.stream().map(Tool::name).toList()) + ": a "
                + (modelSide ? "model-focused" : "software-focused") + " tool where your stack has only "
                + (modelSide ? "software-focused" : "model-focused") + " ones");
        return COMPLEMENT;
    }

    private double position(Tool tool) {
        return policy.position(tool).x();
    }

    private double community(Tool tool, List<String> why) {
        if (tool.community() == Community.STRONG) {
            why.add("strong community" + (tool.githubStars() == null ? "" : String.format(" (about %,d GitHub stars)", tool.githubStars())));
            return STRONG_COMMUNITY;
        }
        return tool.community() == Community.MODERATE ? MODERATE_COMMUNITY : 0;
    }

    private double operations(Tool tool, List<String> why) {
        if (stack.profile().team().operators() > 0) return 0;
        if (tool.delivery() == Delivery.SAAS || tool.delivery() == Delivery.CLOUD_SERVICE) {
            why.add("managed: nothing to install or operate, which suits a team without engineers");
            return MANAGED;
        }
        if (tool.tags().stream().anyMatch(OPS_HEAVY_TAGS::contains)) {
            why.add("a service to install and operate yourself, and your team has nobody to run it");
            return OPS_HEAVY;
        }
        return SELF_HOSTED;
    }

    private void constraintsMet(Tool tool, List<String> why) {
        var c = stack.profile().constraints();
        var met = new ArrayList<String>();
        if (c.openSourceOnly() || c.budget() == Profile.Budget.LOW) met.add("open source (" + tool.license() + ")");
        if (c.selfHostedOnly() || c.regulated()) {
            if (tool.isSelfHostable()) met.add("runs on your own machines, so data stays in-house");
        }
        if (!met.isEmpty()) why.add("fits your constraints: " + String.join("; ", met));
    }

    private String stageNames(List<String> stages) {
        return String.join(", ", stages.stream().map(s -> framework.stage(s).name()).toList());
    }
}
