package io.mlopsradar.advisor;

import io.mlopsradar.catalog.RelationType;

import io.mlopsradar.catalog.Community;
import io.mlopsradar.catalog.Delivery;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.rings.AssessedTool;
import io.mlopsradar.rings.Effect;
import io.mlopsradar.rings.Reason;
import io.mlopsradar.rings.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores a candidate tool for one need as a sum of named components, each with its points and a sentence, so the
 * reader can audit every point (the weights are documented in docs/profile.md):
 * capability fit, ring, works with the stack, same product as a stack tool, your cloud's own service, team fit,
 * specialised or all-in-one, other pains served, community, operations for a team without engineers, and the
 * costs of Kubernetes or Spark the organisation does not run yet, and of a fading tool.
 */
final class OptionScorer {
    static final double CORE_PRIMARY = 6, CORE_ALSO = 3, OTHER_PRIMARY = 2, OTHER_ALSO = 1;
    static final Map<String, Double> RING = Map.of("adopt", 3.0, "trial", 2.0, "assess", 1.0);
    static final double LINK = 1, MAX_LINKS = 2, SAME_PRODUCT = 2;
    static final double OWN_CLOUD = 2, OWN_CLOUD_SHARED = 1;
    static final double TEAM_FIT = 1;
    static final double SPECIALISED = 1, ALL_IN_ONE = -1;
    static final int ALL_IN_ONE_CAPABILITIES = 6;
    static final double OTHER_PAIN = 0.5, MAX_OTHER_PAINS = 1;
    static final double STRONG_COMMUNITY = 1, MODERATE_COMMUNITY = 0.5;
    static final double MANAGED = 2, SELF_HOSTED = -0.5, OPS_HEAVY = -1.5;
    static final double KUBERNETES_COST = -2, SPARK_COST = -1, FADING = -3, DUPLICATE = -2, PLATFORM_COST = -1;

    private final Framework framework;
    private final StackView stack;
    private final Eligibility eligibility;
    private final List<Need> needs;
    private final int year;

    OptionScorer(Framework framework, StackView stack, Eligibility eligibility, List<Need> needs, int year) {
        this.framework = framework;
        this.stack = stack;
        this.eligibility = eligibility;
        this.needs = needs;
        this.year = year;
    }

    Recommendation.Option score(AssessedTool candidate, Need need) {
        Tool tool = candidate.tool();
        String capability = need.servedBy(tool);
        var parts = new ArrayList<ScoreComponent>();
        parts.add(capabilityFit(tool, need, capability));
        parts.add(new ScoreComponent("ring", RING.getOrDefault(candidate.ring(), 0.0), ringWords(candidate)));
        add(parts, worksWithStack(tool));
        add(parts, sameProduct(tool));
        add(parts, ownCloud(tool));
        add(parts, teamFit(tool));
        add(parts, scope(tool));
        add(parts, otherPains(tool, need));
        add(parts, community(tool));
        add(parts, operations(tool));
        add(parts, costs(tool));
        add(parts, duplicates(tool, capability));
        add(parts, bringsItsPlatform(tool));
        var notes = new ArrayList<String>();
        constraintsMet(tool).ifPresent(notes::add);
        eligibility.warning(tool).ifPresent(notes::add);
        double score = Math.round(parts.stream().mapToDouble(ScoreComponent::points).sum() * 100) / 100.0;
        boolean allInOne = framework.quadrant(candidate.assessment().quadrant()).allInOne();
        return new Recommendation.Option(tool.id(), tool.name(), capability, framework.capability(capability).name(),
                candidate.ring(), score, parts, notes, TradeOff.of(tool, allInOne, year));
    }

    private static void add(List<ScoreComponent> parts, ScoreComponent c) {
        if (c != null && c.points() != 0) parts.add(c);
    }

    private ScoreComponent capabilityFit(Tool tool, Need need, String capability) {
        String name = Need.lower(framework.capability(capability).name());
        boolean primary = capability.equals(tool.capability());
        String role = need.stage() ? (need.isCore(capability) ? "a core capability of " + need.name().toLowerCase()
                : "one of the capabilities of " + need.name().toLowerCase()) : "the capability you asked for";
        if (primary) {
            return new ScoreComponent("capability", need.isCore(capability) ? CORE_PRIMARY : OTHER_PRIMARY,
                    "made for " + name + ", " + role);
        }
        String main = Need.lower(framework.capability(tool.capability()).name());
        return new ScoreComponent("capability", need.isCore(capability) ? CORE_ALSO : OTHER_ALSO,
                "covers " + name + " (" + role + ") beside its main job, " + main);
    }

    private String ringWords(AssessedTool candidate) {
        String ring = framework.ring(candidate.ring()).name();
        var own = candidate.assessment().reasons().stream()
                .filter(r -> r.rule() == Rule.LITMUS_TEST || r.rule() == Rule.VENDOR_PLATFORM)
                .filter(r -> r.effect() != Effect.MINUS && r.effect() != Effect.NOTED).map(Reason::text).findFirst();
        return ring + " on your radar" + own.map(t -> ": " + t).orElse("");
    }

    private ScoreComponent worksWithStack(Tool tool) {
        var with = stack.worksWith(tool);
        if (with.isEmpty()) return null;
        return new ScoreComponent("works_with_stack", Math.min(MAX_LINKS, LINK * with.size()),
                "works with " + names(with) + " in your stack (documented integrations)");
    }

    private ScoreComponent sameProduct(Tool tool) {
        return stack.sameProduct(tool).map(t -> new ScoreComponent("same_product", SAME_PRODUCT,
                (t.id().equals(stack.whole(tool.id())) ? "part of " + t.name() : "part of the same product as " + t.name())
                        + ", which you already run: same console, identity and billing")).orElse(null);
    }

    private ScoreComponent ownCloud(Tool tool) {
        var mine = tool.clouds().stream().filter(stack.profile().clouds()::contains).toList();
        if (mine.isEmpty() || tool.delivery() != Delivery.CLOUD_SERVICE) return null;
        boolean firstClass = stack.profile().clouds().size() == 1 && !stack.profile().mlopsCoreBusiness();
        return new ScoreComponent("your_cloud", firstClass ? OWN_CLOUD : OWN_CLOUD_SHARED,
                "your cloud's own managed service (" + String.join("/", mine) + "): nothing new to buy, same identity and billing"
                        + (firstClass ? ", the natural choice when MLOps is not your business" : ""));
    }

    private ScoreComponent teamFit(Tool tool) {
        var team = stack.profile().team();
        if (team.researcherHeavy() && notebookFriendly(tool)) {
            return new ScoreComponent("team_fit", TEAM_FIT, "notebook-friendly, which suits a team of mostly researchers");
        }
        if (team.engineerHeavy() && pipelineFirst(tool)) {
            return new ScoreComponent("team_fit", TEAM_FIT, "pipeline-first (runs from code, CI or a workflow), which suits a team of mostly engineers");
        }
        return null;
    }

    /** Covers notebooks or documents an integration with a notebook tool. */
    private boolean notebookFriendly(Tool tool) {
        return tool.covers("notebooks") || stack.relations().neighbours(tool.id()).stream()
                .anyMatch(n -> n.equals("jupyter") || n.equals("jupyterlab") || n.equals("google-colab"));
    }

    /** Covers pipelines, orchestration or CI/CD, or documents an integration with a CI/CD or workflow tool. */
    private boolean pipelineFirst(Tool tool) {
        return tool.covers("ml-pipelines") || tool.covers("workflow-orchestration") || tool.covers("ci-cd")
                || stack.relations().neighbours(tool.id()).stream().anyMatch(PIPELINE_TOOLS::contains);
    }

    static final java.util.Set<String> PIPELINE_TOOLS = java.util.Set.of("github-actions", "gitlab-ci", "jenkins",
            "airflow", "argo-workflows", "kubeflow-pipelines", "dagster", "prefect", "zenml", "metaflow", "flyte", "kedro");

    private ScoreComponent scope(Tool tool) {
        int n = tool.capabilities().size();
        if (n <= 2) return new ScoreComponent("scope", SPECIALISED, "specialised: it does one job, so it is easy to plug in and take out");
        if (n >= ALL_IN_ONE_CAPABILITIES) {
            return new ScoreComponent("scope", ALL_IN_ONE, "all-in-one (" + n + " capabilities): adopting it for one need commits you to its way of working");
        }
        return null;
    }

    private ScoreComponent otherPains(Tool tool, Need need) {
        var others = needs.stream().filter(n -> !n.id().equals(need.id()) && n.core().stream().anyMatch(tool::covers))
                .map(n -> n.name().toLowerCase()).toList();
        if (others.isEmpty()) return null;
        return new ScoreComponent("other_pains", Math.min(MAX_OTHER_PAINS, OTHER_PAIN * others.size()),
                "also eases your other pain" + (others.size() == 1 ? "" : "s") + ": " + String.join(", ", others));
    }

    private ScoreComponent community(Tool tool) {
        if (tool.community() == Community.STRONG) {
            return new ScoreComponent("community", STRONG_COMMUNITY, "strong community"
                    + (tool.githubStars() == null ? "" : String.format(" (about %,d GitHub stars)", tool.githubStars())));
        }
        if (tool.community() == Community.MODERATE) return new ScoreComponent("community", MODERATE_COMMUNITY, "moderate community");
        return null;
    }

    private ScoreComponent operations(Tool tool) {
        if (stack.profile().team().operators() > 0) return null;
        if (tool.delivery() == Delivery.SAAS || tool.delivery() == Delivery.CLOUD_SERVICE) {
            return new ScoreComponent("operations", MANAGED, "managed: nothing to install or operate, which suits a team without engineers");
        }
        if (tool.requires("kubernetes") || tool.capabilities().size() >= ALL_IN_ONE_CAPABILITIES
                || stack.relations().related(tool.id(), RelationType.WORKS_WITH, "kubernetes")) {
            return new ScoreComponent("operations", OPS_HEAVY, "a service to install and operate yourself, and your team has nobody to run it");
        }
        return new ScoreComponent("operations", SELF_HOSTED, "software to run yourself, with no engineer on the team to look after it");
    }

    private ScoreComponent costs(Tool tool) {
        var fading = stack.vitality().fading(tool);
        if (fading.isPresent()) return new ScoreComponent("fading", FADING, "fading: " + fading.get() + "; build nothing new on it");
        if (tool.requires("kubernetes") && !stack.runsKubernetes()) {
            return new ScoreComponent("kubernetes_cost", KUBERNETES_COST, "needs a Kubernetes cluster, which you do not run yet: count the cost of operating one");
        }
        if (tool.requires("spark") && !stack.runsSpark()) {
            return new ScoreComponent("spark_cost", SPARK_COST, "needs Spark, which your stack does not run");
        }
        return null;
    }

    /** A part of a self-hosted product the organisation does not run: using it means adopting the whole. */
    private ScoreComponent bringsItsPlatform(Tool tool) {
        String whole = stack.whole(tool.id());
        if (whole.equals(tool.id()) || stack.sameProduct(tool).isPresent()) return null;
        return stack.relations().all().stream().filter(r -> r.to().equals(whole)).findFirst()
                .filter(r -> tool.delivery() == Delivery.OPEN_SOURCE)
                .map(r -> new ScoreComponent("platform_cost", PLATFORM_COST, "a part of " + wholeName(whole)
                        + ", which you do not run yet: using it means adopting that too"))
                .orElse(null);
    }

    private String wholeName(String id) {
        return stack.nameOf(id);
    }

    /** Offered for the very job a stack tool is made for: it would replace that tool rather than add to the stack. */
    private ScoreComponent duplicates(Tool tool, String capability) {
        return stack.tools().stream().filter(t -> t.capability().equals(capability)).findFirst()
                .map(t -> new ScoreComponent("duplicates_stack", DUPLICATE, "you already run " + t.name() + " for "
                        + Need.lower(framework.capability(capability).name()) + ": this would replace it, not fill a gap"))
                .orElse(null);
    }

    private java.util.Optional<String> constraintsMet(Tool tool) {
        var c = stack.profile().constraints();
        var met = new ArrayList<String>();
        if (c.openSourceOnly() || c.budget() == Profile.Budget.LOW) {
            if (tool.isOpenSource()) met.add("open source (" + tool.license() + ")");
        }
        if ((c.selfHostedOnly() || c.regulated()) && tool.isSelfHostable()) met.add("runs on your own machines, so data stays in-house");
        return met.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of("fits your constraints: " + String.join("; ", met));
    }

    private static String names(List<Tool> tools) {
        return String.join(", ", tools.stream().map(Tool::name).toList());
    }
}
