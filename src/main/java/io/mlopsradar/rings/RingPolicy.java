package io.mlopsradar.rings;

import io.mlopsradar.catalog.Community;
import io.mlopsradar.catalog.Origin;
import io.mlopsradar.catalog.Signals;
import io.mlopsradar.catalog.Status;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Category;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.landscape.Placement;
import io.mlopsradar.landscape.Position;
import io.mlopsradar.landscape.Quadrant;

/**
 * Puts a tool in a ring: first the landscape region at its position, then the evidence rules (scope, age,
 * community, origin, maturity, vendor platforms and churn, specialised cloud services, the organisation's own
 * trials, status), then a curator's override. Every rule that applies leaves a reason.
 */
public final class RingPolicy {
    static final int ADOPT = 0, TRIAL = 1, ASSESS = 2, HOLD = 3;
    static final int MATURE_YEARS = 5;

    private final Framework framework;
    private final Placement placement;
    private final RegionMap regions;
    private final Signals signals;

    public RingPolicy(Framework framework) {
        this(framework, Signals.none());
    }

    /** A policy that also reads the tools' dated signals (activity, stars trend). */
    public RingPolicy(Framework framework, Signals signals) {
        this.framework = framework;
        this.signals = signals;
        this.placement = new Placement(framework);
        this.regions = new RegionMap(framework);
        if (framework.rings().size() != 4) throw new IllegalArgumentException("the ring policy needs exactly four rings");
    }

    public Position position(Tool tool) {
        return placement.place(tool.id(), tool.category(), tool.otherCategories(), tool.stages());
    }

    public Assessment assess(Tool tool, RingContext context) {
        Position p = position(tool);
        Category category = framework.category(tool.category());
        Quadrant quadrant = framework.quadrantOf(category);
        int region = regions.ringAt(p.x(), p.y());
        var d = new Deliberation(framework.rings(), region, 0.5 + 1.5 * Math.min(0.2, regions.margin(p.x(), p.y())));
        d.note(Rule.REGION, String.format("placed at (%.2f, %.2f) in %s, category %s: the landscape's %s region",
                p.x(), p.y(), quadrant.name(), category.name(), d.ringName(region)));
        new EvidenceRules(framework, tool, context, quadrant, d).apply();
        ActivityRules.apply(tool, signals, context.clock(), d);
        int computed = d.ring();
        String computedRing = framework.rings().get(computed).id();
        String shown = computedRing;
        if (tool.override() != null) {
            shown = tool.override().ring();
            d.note(Rule.OVERRIDE, "the curator placed it in " + framework.ring(shown).name() + ": "
                    + tool.override().rationale() + " (the policy computed " + d.ringName(computed) + ")");
        }
        return new Assessment(tool.id(), p, quadrant.id(), shown, computedRing, d.confidence(), d.reasons(),
                tool.override());
    }

    /** The evidence rules of the policy, applied in a fixed order to one tool. */
    private record EvidenceRules(Framework framework, Tool tool, RingContext context, Quadrant quadrant, Deliberation d) {

        void apply() {
            scope();
            ageRule();
            community();
            origin();
            maturity();
            vendorPlatform();
            specialisedCloud();
            trial();
            status();
        }

        /** Years since the first release, or -1 when the catalogue does not know it. */
        private int years() {
            return tool.firstRelease() == null ? -1 : context.year() - tool.firstRelease();
        }

        private boolean piecemeal() {
            return tool.stages().size() <= 2;
        }

        private void scope() {
            int n = tool.stages().size();
            if (piecemeal()) {
                d.plus(Rule.SCOPE, "covers " + n + (n == 1 ? " lifecycle stage" : " lifecycle stages")
                        + ": low risk, easy to plug in and to take out again");
            } else if (quadrant.allInOne() && n >= 5) {
                d.minus(Rule.SCOPE, "covers " + n + " lifecycle stages: an all-in-one platform is a hard commitment to its way of working");
            }
        }

        private void ageRule() {
            int age = years();
            if (age < 0) {
                d.atLeast(ASSESS, Rule.AGE, "first release unknown: without evidence of its age it stays below Trial");
                return;
            }
            String when = "first released in " + tool.firstRelease();
            if (age > 2) {
                d.plus(Rule.AGE, when + ", " + age + " years ago: more than two years is a strong plus");
            } else if (age < 2 && quadrant.allInOne()) {
                d.atLeast(HOLD, Rule.AGE, when + ": a very new all-in-one platform belongs on Hold");
            } else if (age < 2) {
                d.atLeast(ASSESS, Rule.AGE, when + ": younger than two years, so it stays below Trial");
            } else {
                d.note(Rule.AGE, when + ": two years old, neither a plus nor a cap");
            }
        }

        private void community() {
            if (tool.community() == Community.STRONG) {
                d.plus(Rule.COMMUNITY, "strong community" + stars() + ": many contributors and adopters");
            } else if (tool.community() == Community.SMALL) {
                if (d.ring() <= TRIAL) {
                    d.moveTo(ASSESS, Rule.COMMUNITY, "small community" + stars() + ": too few people to learn from and to keep"
                            + " it going, so explore it before trying it", -Deliberation.STEP);
                } else {
                    d.minus(Rule.COMMUNITY, "small community" + stars() + ": fewer people to learn from");
                }
            } else if (d.ring() == ADOPT) {
                d.moveTo(TRIAL, Rule.COMMUNITY, "moderate community" + stars() + ": standardising on it needs a strong"
                        + " community to learn from and to hire for", 0);
            }
        }

        private String stars() {
            return tool.githubStars() == null ? "" : String.format(" (about %,d GitHub stars)", tool.githubStars());
        }

        private void origin() {
            if (tool.origin() == Origin.LARGE_COMPANY) {
                d.plus(Rule.ORIGIN, "battle-tested: built and used inside a large company before it was offered to others");
            }
        }

        /**
         * Years of use by a strong community move a tool one ring inward: a single-purpose tool (at most three stages,
         * short of all-in-one) from Trial to Adopt, any tool from Assess to Trial, since many organisations have by
         * then taken it through fairly-sized projects.
         */
        private void maturity() {
            if (years() < MATURE_YEARS || tool.community() != Community.STRONG || tool.statusOn(context.clock()) != Status.ACTIVE) return;
            if (d.ring() == TRIAL && tool.stages().size() <= 3) {
                d.moveTo(ADOPT, Rule.MATURITY, years() + " years of use by a strong community on a single-purpose tool:"
                        + " engineers know its limits, so it is safe to standardise on", Deliberation.STEP);
            } else if (d.ring() == ASSESS) {
                d.moveTo(TRIAL, Rule.MATURITY, years() + " years of use by a strong community: many organisations have"
                        + " taken it through fairly-sized projects, so it is worth a Trial", Deliberation.STEP);
            }
        }

        private void vendorPlatform() {
            if (!"vendor-ai-platform".equals(tool.category())) return;
            String clouds = tool.clouds().isEmpty() ? "its cloud" : String.join("/", tool.clouds());
            if (!context.knowsClouds()) {
                d.moveTo(Math.max(d.ring(), TRIAL), Rule.VENDOR_PLATFORM, "a cloud vendor's AI platform: a Trial for"
                        + " organisations already on " + clouds + ", otherwise Assess; never more without knowing the cloud", 0);
            } else if (tool.clouds().stream().anyMatch(context.subscribedClouds()::contains)) {
                d.moveTo(Math.min(d.ring(), TRIAL), Rule.VENDOR_PLATFORM, "you already subscribe to " + clouds
                        + ": little friction to try its own AI platform", Deliberation.STEP);
            } else {
                d.atLeast(ASSESS, Rule.VENDOR_PLATFORM, "you do not subscribe to " + clouds
                        + ": adopting its AI platform means taking on a new cloud");
            }
            d.minus(Rule.CHURN, "vendor platforms change their offering often: watch for renamed or retired services");
        }

        private void specialisedCloud() {
            if (!"ml-focused-iaas".equals(tool.category()) || context.specialisedServicesInUse().isEmpty()) return;
            d.atLeast(ASSESS, Rule.SPECIALISED_CLOUD, "you rely on " + String.join(", ", context.specialisedServicesInUse())
                    + ": a separate ML IaaS is harder to integrate with them");
        }

        private void trial() {
            TrialOutcome t = context.trials().get(tool.id());
            if (t == null) {
                if (d.ring() == ASSESS) {
                    d.note(Rule.LITMUS_TEST, "to move from Assess to Trial it must prove itself in a fairly-sized project of your own");
                }
                return;
            }
            String size = t.projectSize().name().toLowerCase();
            switch (t.result()) {
                case SUCCESS -> {
                    if (t.projectSize() == TrialOutcome.Size.SMALL) {
                        d.note(Rule.LITMUS_TEST, "your small project with it went well, but the litmus test needs a fairly-sized project");
                    } else if (d.ring() >= ASSESS) {
                        d.moveTo(TRIAL, Rule.LITMUS_TEST, "your " + size + " project with it succeeded: it passes the Assess → Trial litmus test", 0.15);
                    } else {
                        d.plus(Rule.LITMUS_TEST, "your " + size + " project with it succeeded");
                    }
                }
                case MIXED -> d.note(Rule.LITMUS_TEST, "your " + size + " project with it had mixed results: not yet a pass");
                case FAILURE -> d.atLeast(HOLD, Rule.LITMUS_TEST, "your " + size + " project with it failed: don't start new work on it");
            }
        }

        private void status() {
            switch (tool.statusOn(context.clock())) {
                case DISCONTINUED -> d.atLeast(HOLD, Rule.STATUS, "discontinued: no longer offered, so nothing new should start on it");
                case SUPERSEDED -> d.atLeast(HOLD, Rule.STATUS, "superseded by " + tool.supersededBy() + ": start new work on the successor");
                case INTERNAL -> d.atLeast(HOLD, Rule.STATUS, "built for one company's own use and not offered to others: study its ideas, don't plan on it");
                case ACTIVE, MAINTENANCE, WINDING_DOWN -> { }
            }
        }
    }
}
