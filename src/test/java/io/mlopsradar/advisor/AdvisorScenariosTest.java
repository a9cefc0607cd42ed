package io.mlopsradar.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Delivery;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.rings.AssessedTool;
import io.mlopsradar.rings.Reason;
import io.mlopsradar.rings.Rule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class AdvisorScenariosTest {

    static Stream<String> allProfiles() {
        return Stream.of(Profiles.CONSULTANCY_AWS, Profiles.PLATFORM_COMPANY, Profiles.OPEN_SOURCE_REGULATED,
                Profiles.RESEARCH_LAB, Profiles.PLATFORM_TRIAL);
    }

    private static List<String> reasonTexts(AssessedTool a, Rule rule) {
        return a.assessment().reasons().stream().filter(r -> r.rule() == rule).map(Reason::text).toList();
    }

    private static Tool tool(String id) {
        return Catalog.bundled().get(id);
    }

    @Test
    void consultancyOnAwsTrialsSageMakerLeavesOtherCloudsOffItsRadarAndBuys() {
        Advice advice = Profiles.advise(Profiles.CONSULTANCY_AWS);
        AssessedTool sagemaker = advice.onRadar("sagemaker").orElseThrow();
        assertThat(sagemaker.ring()).isEqualTo("trial");
        assertThat(reasonTexts(sagemaker, Rule.VENDOR_PLATFORM)).anyMatch(t -> t.contains("you already subscribe to aws"));
        assertThat(advice.onRadar("vertex-ai")).isEmpty();
        assertThat(advice.excluded()).filteredOn(e -> List.of("vertex-ai", "azure-ml", "alibaba-cloud", "gcp", "azure").contains(e.id()))
                .hasSize(5).allMatch(e -> e.why().get(0).startsWith("not your cloud"));
        assertThat(advice.buildVsBuy()).hasSize(3).allMatch(b -> b.decision() == BuildOrBuyCall.Decision.BUY);
        assertThat(advice.buildVsBuy()).allMatch(b -> b.why().contains("not your core business"));
        assertThat(advice.buildVsBuy()).flatMap(BuildOrBuyCall::connectors).isNotEmpty();
    }

    @Test
    void consultancyDiagnosisNamesNumbersAndTheBridge() {
        var diagnosis = Profiles.advise(Profiles.CONSULTANCY_AWS).capability().diagnosis();
        assertThat(diagnosis).anyMatch(d -> d.contains("5 of 6 software-loop stages") && d.contains("6 of 7 model-loop stages"));
        assertThat(diagnosis).anyMatch(d -> d.contains("opposite ends") && d.contains("Amazon SageMaker AI bridges them"));
        assertThat(diagnosis).anyMatch(d -> d.startsWith("Nobody covers:") && d.contains("Collect and version data"));
    }

    @Test
    void theCapabilityMapExposesStackIdsAndPositionsForTheLandscapePicture() {
        CapabilityMap map = Profiles.advise(Profiles.CONSULTANCY_AWS).capability();
        assertThat(map.stackIds()).containsExactly("github-actions", "kubernetes", "jupyter", "sagemaker");
        assertThat(map.stack()).allMatch(t -> t.position().x() >= 0 && t.position().x() <= 1);
        assertThat(map.loops()).extracting(CapabilityMap.LoopCoverage::loop).containsExactly("software", "model");
    }

    @Test
    void anMlopsPlatformCompanyMayBuildItsPlatformPiecesButBuysCommodityTooling() {
        Advice advice = Profiles.advise(Profiles.PLATFORM_COMPANY);
        var byStage = advice.buildVsBuy().stream().collect(java.util.stream.Collectors.toMap(BuildOrBuyCall::stage, b -> b));
        assertThat(byStage.get("train-tune").decision()).isEqualTo(BuildOrBuyCall.Decision.BUILD);
        assertThat(byStage.get("train-tune").why()).contains("core business", "where you compete");
        assertThat(byStage.get("operate-serve").decision()).isEqualTo(BuildOrBuyCall.Decision.BUILD);
        assertThat(byStage.get("plan-code").decision()).isEqualTo(BuildOrBuyCall.Decision.BUY);
        assertThat(byStage.get("plan-code").why()).contains("commodity");
    }

    @Test
    void specialisedCloudServicesInTheStackKeepMlIaasOutOfTrial() {
        Advice advice = Profiles.advise(Profiles.PLATFORM_COMPANY);
        AssessedTool modal = advice.onRadar("modal").orElseThrow();
        assertThat(reasonTexts(modal, Rule.SPECIALISED_CLOUD)).anyMatch(t -> t.contains("BigQuery") && t.contains("Cloud Run"));
        assertThat(modal.ring()).isIn("assess", "hold");
    }

    @Test
    void anOpenSourceSelfHostedRegulatedTeamIsOfferedNoProprietaryOrSaasTool() {
        Advice advice = Profiles.advise(Profiles.OPEN_SOURCE_REGULATED);
        var offered = advice.recommendations().stream().flatMap(r -> r.options().stream()).map(o -> tool(o.id())).toList();
        assertThat(offered).isNotEmpty().allMatch(Tool::isOpenSource).allMatch(Tool::isSelfHostable)
                .noneMatch(t -> t.delivery() == Delivery.SAAS);
        assertThat(advice.radar()).allMatch(a -> a.tool().isOpenSource() && a.tool().isSelfHostable());
        Exclusion wandb = advice.excluded().stream().filter(e -> e.id().equals("wandb")).findFirst().orElseThrow();
        assertThat(wandb.why()).anyMatch(w -> w.startsWith("open_source_only"))
                .anyMatch(w -> w.startsWith("self_hosted_only")).anyMatch(w -> w.startsWith("regulated"))
                .anyMatch(w -> w.startsWith("budget low"));
        assertThat(advice.recommendations()).allMatch(r -> r.options().size() >= 2);
    }

    @Test
    void aResearchTeamWithoutEngineersIsToldItsSoftwareLoopIsUncoveredAndOfferedLowOpsTools() {
        Advice advice = Profiles.advise(Profiles.RESEARCH_LAB);
        assertThat(advice.capability().diagnosis()).anyMatch(d -> d.contains("researchers' side is served")
                && d.contains("software loop is uncovered") && d.contains("0 of 6"));
        for (Recommendation r : advice.recommendations()) {
            Tool first = tool(r.options().get(0).id());
            assertThat(first.delivery()).as(r.need()).isIn(Delivery.SAAS, Delivery.CLOUD_SERVICE);
            assertThat(r.options().get(0).why()).anyMatch(w -> w.startsWith("managed"));
        }
    }

    @Test
    void aSuccessfulLargeTrialOfAPlatformPassesTheLitmusTest() {
        AssessedTool clearml = Profiles.advise(Profiles.PLATFORM_TRIAL).onRadar("clearml").orElseThrow();
        assertThat(clearml.ring()).isEqualTo("trial");
        assertThat(clearml.assessment().reasons()).anyMatch(r -> r.rule() == Rule.LITMUS_TEST && r.text().contains("litmus test"));
    }

    @ParameterizedTest
    @MethodSource("allProfiles")
    void stackToolsAreNeverRecommendedAgain(String yaml) {
        Advice advice = Profiles.advise(yaml);
        assertThat(advice.recommendations()).flatMap(Recommendation::options).extracting(Recommendation.Option::id)
                .doesNotContainAnyElementsOf(advice.organisation().stack());
    }

    @ParameterizedTest
    @MethodSource("allProfiles")
    void everyPainGetsTwoOrThreeRankedOptionsWithReasonsAndATradeOff(String yaml) {
        Advice advice = Profiles.advise(yaml);
        assertThat(advice.recommendations()).hasSameSizeAs(advice.organisation().pains());
        for (Recommendation r : advice.recommendations()) {
            assertThat(r.options()).as(r.need()).hasSizeBetween(2, 3);
            assertThat(r.options()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
            assertThat(r.options()).allMatch(o -> !o.why().isEmpty() && o.tradeOff().endsWith("."));
            assertThat(r.options()).allMatch(o -> tool(o.id()).covers(o.capability()) && !o.ring().equals("hold"));
        }
    }

    @ParameterizedTest
    @MethodSource("allProfiles")
    void adviceIsDeterministic(String yaml) {
        assertThat(Profiles.advise(yaml)).isEqualTo(Profiles.advise(yaml));
    }

    @Test
    void aStackToolOfACloudNotListedIsPointedOut() {
        var diagnosis = Profiles.advise("name: X\nclouds: [gcp]\nstack: [SageMaker]\n").capability().diagnosis();
        assertThat(diagnosis).anyMatch(d -> d.startsWith("Amazon SageMaker AI runs on aws, which is not among your clouds"));
    }

    @Test
    void aCoveredPainSaysSoAndStillOffersAlternatives() {
        Recommendation monitor = Profiles.advise(Profiles.CONSULTANCY_AWS).recommendationFor("monitor").orElseThrow();
        assertThat(monitor.coveredBy()).containsExactly("Amazon SageMaker AI");
        assertThat(monitor.note()).startsWith("Already covered by Amazon SageMaker AI");
        assertThat(monitor.options()).isNotEmpty();
    }

    @Test
    void thePlanGroupsFirstChoicesByRingWithTheRingsActions() {
        Advice advice = Profiles.advise(Profiles.CONSULTANCY_AWS);
        assertThat(advice.plan()).isNotEmpty();
        for (PlanStep step : advice.plan()) {
            assertThat(step.actions()).isNotEmpty();
            assertThat(step.items()).isNotEmpty();
        }
        var everyPlan = java.util.stream.Stream.of(Profiles.CONSULTANCY_AWS, Profiles.PLATFORM_COMPANY,
                Profiles.OPEN_SOURCE_REGULATED, Profiles.RESEARCH_LAB, Profiles.PLATFORM_TRIAL).map(Profiles::advise)
                .flatMap(a -> a.plan().stream()).flatMap(s -> s.items().stream()).toList();
        assertThat(everyPlan).anyMatch(i -> i.startsWith("Pilot ") && i.contains("greenfield"));
    }
}
