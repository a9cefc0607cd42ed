package io.mlopsradar.rings;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Community;
import io.mlopsradar.catalog.Delivery;
import io.mlopsradar.catalog.Origin;
import io.mlopsradar.catalog.CuratorOverride;
import io.mlopsradar.catalog.Status;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Framework;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RingPolicyTest {
    final Framework framework = Framework.bundled();
    final RingPolicy policy = new RingPolicy(framework);
    final RingContext global = RingContext.global(2026);

    static Tool tool(String id, String category, List<String> stages, int year, Community community, Status status) {
        return new Tool(id, id, List.of(), "https://example.org/", null, "Apache-2.0", Delivery.OPEN_SOURCE, "Steward",
                year, category, List.of(), stages, "experiment-tracking", List.of(), List.of(), Origin.COMMUNITY, community, null, status,
                status == Status.SUPERSEDED ? "mlflow" : null, List.of(), List.of(), "d", null, null, java.util.Map.of(), null);
    }

    static Tool tool(String id, String category, List<String> stages, int year) {
        return tool(id, category, stages, year, Community.MODERATE, Status.ACTIVE);
    }

    static Tool withClouds(Tool t, List<String> clouds) {
        return new Tool(t.id(), t.name(), t.aliases(), t.homepage(), t.repository(), t.license(), t.delivery(), t.steward(),
                t.firstRelease(), t.category(), t.otherCategories(), t.stages(), t.capability(), t.also(), t.requires(), t.origin(), t.community(), t.githubStars(),
                t.status(), t.supersededBy(), t.tags(), clouds, t.description(), t.statusNote(), t.statusSince(), t.facts(), t.override());
    }

    static Tool withOverride(Tool t, CuratorOverride o) {
        return t.withOverride(o);
    }

    @Test
    void everyBundledToolGetsARingAndReasons() {
        for (Tool t : Catalog.bundled().tools()) {
            Assessment a = policy.assess(t, global);
            assertThat(a.reasons()).as(t.id()).isNotEmpty();
            assertThat(a.reasons().get(0).rule()).isEqualTo(Rule.REGION);
            assertThat(a.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void explainsEveryRingWithReasons() {
        var byRing = Catalog.bundled().tools().stream().map(t -> policy.assess(t, global))
                .collect(java.util.stream.Collectors.groupingBy(Assessment::ring));
        assertThat(byRing.keySet()).containsExactlyInAnyOrder("adopt", "trial", "assess", "hold");
        byRing.values().forEach(list -> list.forEach(a -> assertThat(a.reasons()).isNotEmpty()));
    }

    @Test
    void aYoungToolIsKeptBelowTrial() {
        Assessment a = policy.assess(tool("fresh", "single-component-ml-tools", List.of("train-tune"), 2025), global);
        assertThat(a.ring()).isEqualTo("assess");
        assertThat(a.reasons()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo(Rule.AGE);
            assertThat(r.effect()).isEqualTo(Effect.MOVED);
            assertThat(r.text()).contains("younger than two years");
        });
    }

    @Test
    void aToolOfUnknownAgeStaysBelowTrialAndSaysWhy() {
        Tool known = tool("known", "single-component-ml-tools", List.of("train-tune"), 2019);
        Tool unknown = new Tool(known.id(), known.name(), known.aliases(), known.homepage(), known.repository(),
                known.license(), known.delivery(), known.steward(), null, known.category(), known.otherCategories(),
                known.stages(), known.capability(), known.also(), known.requires(), known.origin(), known.community(), null, known.status(), null, List.of(), List.of(),
                known.description(), null, null, java.util.Map.of(), null);
        assertThat(policy.assess(known, global).ring()).isEqualTo("trial");
        Assessment a = policy.assess(unknown, global);
        assertThat(a.ring()).isEqualTo("assess");
        assertThat(a.reasons()).anyMatch(r -> r.rule() == Rule.AGE && r.text().contains("first release unknown"));
    }

    @Test
    void aVeryNewAllInOnePlatformIsOnHold() {
        var stages = List.of("train-tune", "track-evaluate", "register-package-model", "release-deploy", "monitor");
        assertThat(policy.assess(tool("new-platform", "high-coverage-saas", stages, 2026), global).ring()).isEqualTo("hold");
    }

    @Test
    void aMatureSingleComponentToolWithAStrongCommunityIsAdopted() {
        var t = tool("old", "single-component-ml-tools", List.of("train-tune"), 2016, Community.STRONG, Status.ACTIVE);
        Assessment a = policy.assess(t, global);
        assertThat(a.ring()).isEqualTo("adopt");
        assertThat(a.reasons()).anyMatch(r -> r.rule() == Rule.MATURITY);
    }

    @Test
    void aDiscontinuedToolIsOnHold() {
        var t = tool("gone", "experimentation-platforms", List.of("track-evaluate"), 2017, Community.STRONG, Status.DISCONTINUED);
        assertThat(policy.assess(t, global).ring()).isEqualTo("hold");
    }

    @Test
    void aVendorPlatformIsATrialOnlyForItsOwnCloudsSubscribers() {
        var t = withClouds(tool("vendor", "vendor-ai-platform", List.of("train-tune", "release-deploy"), 2018), List.of("aws"));
        var onAws = new RingContext(2026, Set.of("aws"), Map.of(), List.of());
        var onGcp = new RingContext(2026, Set.of("gcp"), Map.of(), List.of());
        assertThat(policy.assess(t, onAws).ring()).isEqualTo("trial");
        assertThat(policy.assess(t, onGcp).ring()).isEqualTo("assess");
        assertThat(policy.assess(t, onGcp).reasons()).anyMatch(r -> r.rule() == Rule.CHURN);
    }

    @Test
    void aFairlySizedSuccessfulTrialPassesTheLitmusTest() {
        var stages = List.of("train-tune", "track-evaluate", "register-package-model");
        Tool t = tool("framework", "ml-project-frameworks", stages, 2018);
        assertThat(policy.assess(t, global).ring()).isEqualTo("assess");
        var fair = new RingContext(2026, Set.of(), Map.of("framework",
                new TrialOutcome(TrialOutcome.Size.FAIR, TrialOutcome.Result.SUCCESS)), List.of());
        var small = new RingContext(2026, Set.of(), Map.of("framework",
                new TrialOutcome(TrialOutcome.Size.SMALL, TrialOutcome.Result.SUCCESS)), List.of());
        assertThat(policy.assess(t, fair).ring()).isEqualTo("trial");
        assertThat(policy.assess(t, fair).reasons()).anyMatch(r -> r.rule() == Rule.LITMUS_TEST && r.effect() == Effect.MOVED);
        assertThat(policy.assess(t, small).ring()).isEqualTo("assess");
    }

    @Test
    void aCuratorsOverrideWinsButTheComputedRingStaysVisible() {
        Tool t = withOverride(tool("framework", "ml-project-frameworks", List.of("train-tune", "track-evaluate", "monitor"), 2018),
                new CuratorOverride("trial", "used across the company"));
        Assessment a = policy.assess(t, global);
        assertThat(a.ring()).isEqualTo("trial");
        assertThat(a.computedRing()).isEqualTo("assess");
        assertThat(a.overridden()).isTrue();
        assertThat(a.reasons()).last().satisfies(r -> assertThat(r.text()).contains("used across the company", "computed Assess"));
    }

    @Test
    void relyingOnSpecialisedCloudServicesKeepsMlIaasAtAssess() {
        Tool t = tool("gpu-cloud", "ml-focused-iaas", List.of("train-tune", "explore-notebook"), 2018);
        var ctx = new RingContext(2026, Set.of("gcp"), Map.of(), List.of("BigQuery"));
        assertThat(policy.assess(t, global).ring()).isEqualTo("trial");
        assertThat(policy.assess(t, ctx).ring()).isEqualTo("assess");
    }

    @Test
    void standardisingNeedsAStrongCommunityEvenInTheAdoptRegion() {
        var stages = List.of("data-collect-version", "feature-engineer");
        assertThat(policy.assess(tool("strong", "data-orchestrators", stages, 2016, Community.STRONG, Status.ACTIVE), global).ring()).isEqualTo("adopt");
        Assessment moderate = policy.assess(tool("moderate", "data-orchestrators", stages, 2016), global);
        assertThat(moderate.ring()).isEqualTo("trial");
        assertThat(moderate.reasons()).anyMatch(r -> r.rule() == Rule.COMMUNITY && r.effect() == Effect.MOVED && r.text().contains("Adopt → Trial"));
    }

    @Test
    void aSmallCommunityKeepsEvenAnOldToolBelowTrial() {
        Assessment a = policy.assess(tool("old-small", "single-component-ml-tools", List.of("train-tune"), 2016, Community.SMALL, Status.ACTIVE), global);
        assertThat(a.ring()).isEqualTo("assess");
        assertThat(a.reasons()).anyMatch(r -> r.rule() == Rule.COMMUNITY && r.text().contains("small community"));
    }

    @Test
    void yearsOfUseByAStrongCommunityMoveAFrameworkFromAssessToTrialButNotAYoungOne() {
        var stages = List.of("train-tune", "track-evaluate", "register-package-model");
        Assessment mature = policy.assess(tool("mature", "ml-project-frameworks", stages, 2018, Community.STRONG, Status.ACTIVE), global);
        assertThat(mature.ring()).isEqualTo("trial");
        assertThat(mature.reasons()).anyMatch(r -> r.rule() == Rule.MATURITY && r.text().contains("Assess → Trial"));
        assertThat(policy.assess(tool("young", "ml-project-frameworks", stages, 2023, Community.STRONG, Status.ACTIVE), global).ring()).isEqualTo("assess");
        assertThat(policy.assess(tool("moderate", "ml-project-frameworks", stages, 2018), global).ring()).isEqualTo("assess");
    }

    @Test
    void aMatureLibraryCoveringThreeStagesIsStillSingleComponentEnoughToAdopt() {
        var three = List.of("explore-notebook", "feature-engineer", "train-tune");
        assertThat(policy.assess(tool("lib", "single-component-ml-tools", three, 2012, Community.STRONG, Status.ACTIVE), global).ring()).isEqualTo("adopt");
    }

    @Test
    void withoutKnowingTheCloudAVendorPlatformIsATrialAtBest() {
        var t = withClouds(tool("vendor-part", "vendor-ai-platform", List.of("monitor"), 2017, Community.STRONG, Status.ACTIVE), List.of("aws"));
        Assessment a = policy.assess(t, global);
        assertThat(a.ring()).isEqualTo("trial");
        assertThat(a.reasons()).anyMatch(r -> r.rule() == Rule.VENDOR_PLATFORM && r.text().contains("Adopt → Trial"));
        assertThat(policy.assess(t, new RingContext(2026, Set.of("aws"), Map.of(), List.of())).ring()).isEqualTo("adopt");
    }
}
