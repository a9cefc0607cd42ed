package io.mlopsradar.advisor;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.mlopsradar.rings.AssessedTool;
import java.util.List;
import java.util.Locale;

/**
 * The stable JSON shape of an {@link Advice}, documented in docs/cli.md and shared by the CLI, the HTTP API and the
 * advice kept for saved profiles (which {@link AdviceChanges} reads back).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AdviceJson(OrganisationJson organisation, int year, CapabilityJson capability, List<RadarEntry> radar,
                         List<ExcludedJson> excluded, List<RecommendationJson> recommendations,
                         List<BuildOrBuyJson> buildVsBuy, List<PlanStepJson> plan) {

    public static AdviceJson of(Advice advice) {
        return new AdviceJson(OrganisationJson.of(advice.organisation()), advice.year(),
                CapabilityJson.of(advice.capability()), advice.radar().stream().map(RadarEntry::of).toList(),
                advice.excluded().stream().map(e -> new ExcludedJson(e.id(), e.name(), String.join("; ", e.why()))).toList(),
                advice.recommendations().stream().map(RecommendationJson::of).toList(),
                advice.buildVsBuy().stream().map(BuildOrBuyJson::of).toList(),
                advice.plan().stream().map(PlanStepJson::of).toList());
    }

    /** The profile as the advisor read it: clouds sorted, enums in lower case. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record OrganisationJson(String name, List<String> clouds, boolean mlopsCoreBusiness, TeamJson team,
                                   List<String> stack, List<String> pains, ConstraintsJson constraints, List<TrialJson> trials) {
        static OrganisationJson of(Profile p) {
            var c = p.constraints();
            return new OrganisationJson(p.name(), p.clouds().stream().sorted().toList(), p.mlopsCoreBusiness(),
                    new TeamJson(p.team().researchers(), p.team().engineers(), p.team().mlEngineers()), p.stack(), p.pains(),
                    new ConstraintsJson(c.openSourceOnly(), c.selfHostedOnly(), lower(c.budget()), c.regulated()),
                    p.trials().stream().map(t -> new TrialJson(t.tool(), lower(t.outcome().projectSize()),
                            lower(t.outcome().result()))).toList());
        }
    }

    /** Head counts. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TeamJson(int researchers, int engineers, int mlEngineers) {
    }

    /** What the organisation may not take on ({@code accept_kubernetes} is not part of the report). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ConstraintsJson(boolean openSourceOnly, boolean selfHostedOnly, String budget, boolean regulated) {
    }

    /** A tool tried on one project and how it went. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TrialJson(String tool, String projectSize, String outcome) {
    }

    /** The stack on the landscape, the coverage of each loop, the uncovered stages and the diagnosis. */
    public record CapabilityJson(List<StackToolJson> stack, List<LoopJson> coverage, List<String> uncovered,
                                 List<String> diagnosis) {
        static CapabilityJson of(CapabilityMap c) {
            return new CapabilityJson(c.stack().stream().map(t -> new StackToolJson(t.id(), t.name(), t.category(),
                    t.quadrant(), t.position().x(), t.position().y(), t.ring(), t.stages())).toList(),
                    c.loops().stream().map(l -> new LoopJson(l.loop(), l.covered(), l.total(), l.stages())).toList(),
                    c.uncovered(), c.diagnosis());
        }
    }

    /** One stack tool with its place on the landscape and its ring. */
    public record StackToolJson(String id, String name, String category, String quadrant, double x, double y, String ring,
                                List<String> stages) {
    }

    /** One loop: stages covered of all, and each stage with the stack tools covering it. */
    public record LoopJson(String loop, long covered, int total, List<CapabilityMap.StageCoverage> stages) {
    }

    /** A tool on the organisation's radar with its ring and reasons. */
    public record RadarEntry(String id, String name, String ring, List<AssessedTool.ReasonJson> reasons) {
        static RadarEntry of(AssessedTool a) {
            return new RadarEntry(a.tool().id(), a.tool().name(), a.ring(), AssessedTool.reasons(a.assessment().reasons()));
        }
    }

    /** A tool the constraints rule out, with the constraints it breaks in one sentence. */
    public record ExcludedJson(String id, String name, String why) {
    }

    /** One need; a stage need names its stage again (stage, stage_name), a capability need leaves them out. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record RecommendationJson(String need, String needName, String kind, @JsonInclude(NON_NULL) String stage,
                                     @JsonInclude(NON_NULL) String stageName, List<String> coveredBy, String note,
                                     List<OptionJson> options, List<Rejection> whyNot) {
        static RecommendationJson of(Recommendation r) {
            boolean stage = r.stageNeed();
            return new RecommendationJson(r.need(), r.needName(), stage ? "stage" : "capability", stage ? r.need() : null,
                    stage ? r.needName() : null, r.coveredBy(), r.note(), r.options().stream().map(OptionJson::of).toList(),
                    r.whyNot());
        }
    }

    /** One ranked option with its score, the components that make it up, every sentence behind it and its price. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record OptionJson(String id, String name, String capability, String capabilityName, String ring, double score,
                             List<ScoreComponent> components, List<String> notes, List<String> why, String tradeOff) {
        static OptionJson of(Recommendation.Option o) {
            return new OptionJson(o.id(), o.name(), o.capability(), o.capabilityName(), o.ring(), o.score(), o.components(),
                    o.notes(), o.why(), o.tradeOff());
        }
    }

    /** The build-or-buy call for one need, with the glue worth building. */
    public record BuildOrBuyJson(String stage, String need, String decision, String choice, String why,
                                 List<ConnectorJson> connectors) {
        static BuildOrBuyJson of(BuildOrBuyCall b) {
            return new BuildOrBuyJson(b.stage(), b.need(), b.decision().id(), b.choice(), b.why(), b.connectors().stream()
                    .map(c -> new ConnectorJson(c.from(), c.to(), c.purpose(), c.toString())).toList());
        }
    }

    /** Glue between a chosen tool and one already run, and the same in one line. */
    public record ConnectorJson(String from, String to, String purpose, String text) {
    }

    /** One ring of the adoption plan. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record PlanStepJson(String ring, String ringName, String strategy, List<String> actions, List<String> items) {
        static PlanStepJson of(PlanStep s) {
            return new PlanStepJson(s.ring(), s.ringName(), s.strategy(), s.actions(), s.items());
        }
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
