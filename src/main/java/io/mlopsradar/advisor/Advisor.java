package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Relations;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.rings.AssessedTool;
import io.mlopsradar.rings.RingContext;
import io.mlopsradar.rings.RingPolicy;
import io.mlopsradar.rings.TrialOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Advises one organisation like a waiter with a long menu: meets it where it is (capability map), puts every
 * tool on its personal radar, and recommends two or three options per need with scored reasons and the well-known
 * tools it did not choose. Pure and deterministic.
 */
public final class Advisor {
    private final Framework framework;
    private final Catalog catalog;
    private final int year;
    private final java.time.LocalDate day;

    private final Relations relations;

    /** An advisor whose clock is the given day: ages, activity and the report's date are read on it. */
    public Advisor(Framework framework, Catalog catalog, Relations relations, java.time.LocalDate day) {
        this.framework = framework;
        this.catalog = catalog;
        this.relations = relations;
        this.day = day;
        this.year = day.getYear();
    }

    public Advice advise(Profile profile) {
        var stack = new StackView(profile, catalog, relations, day);
        var eligibility = new Eligibility(profile);
        var policy = new RingPolicy(framework, catalog.signals());
        RingContext context = context(profile, stack);
        var all = catalog.tools().stream().map(t -> new AssessedTool(t, policy.assess(t, context))).toList();
        var excluded = new ArrayList<Exclusion>();
        var radar = new ArrayList<AssessedTool>();
        for (AssessedTool a : all) {
            eligibility.check(a.tool()).ifPresentOrElse(excluded::add, () -> radar.add(a));
        }
        CapabilityMap capability = new CapabilityAnalysis(framework, stack, all).map(excluded);
        List<Need> needs = profile.pains().stream().map(p -> Need.of(p, framework, stack.buildsOnLlms(),
                c -> stack.tools().stream().anyMatch(t -> t.capability().equals(c)))).toList();
        var scorer = new OptionScorer(framework, stack, eligibility, needs, year);
        var recommender = new Recommender(stack, radar, scorer, new WhyNot(stack, all, excluded));
        List<Recommendation> recommendations = needs.stream().map(recommender::forNeed).toList();
        return new Advice(profile, year, capability, radar, excluded, recommendations,
                new BuildOrBuyRules(framework, catalog, stack).decide(recommendations), new AdoptionPlan(framework).plan(recommendations));
    }

    private RingContext context(Profile profile, StackView stack) {
        var trials = new LinkedHashMap<String, TrialOutcome>();
        for (Profile.Trial t : profile.trials()) trials.put(t.tool(), t.outcome());
        return new RingContext(year, profile.clouds(), trials, stack.specialisedServices()).onDay(day);
    }
}
