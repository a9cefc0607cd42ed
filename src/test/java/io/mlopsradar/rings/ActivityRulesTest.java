package io.mlopsradar.rings;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Community;
import io.mlopsradar.catalog.Provenance;
import io.mlopsradar.catalog.Signals;
import io.mlopsradar.catalog.Snapshot;
import io.mlopsradar.catalog.Status;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Framework;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivityRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    final Framework framework = Framework.bundled();
    final RingContext today = RingContext.on(TODAY);

    /** A single-purpose tool from 2015 with a strong community: the policy puts it in Adopt when nothing else is known. */
    static Tool mature(String id, Status status) {
        Tool t = RingPolicyTest.tool(id, "single-component-ml-tools", List.of("train-tune"), 2015, Community.STRONG, Status.ACTIVE);
        return new Tool(t.id(), t.name(), t.aliases(), t.homepage(), t.repository(), t.license(), t.delivery(), t.steward(),
                t.firstRelease(), t.category(), t.otherCategories(), t.stages(), t.capability(), t.also(), t.requires(), t.origin(), t.community(), t.githubStars(),
                status, null, t.tags(), t.clouds(), t.description(), status == Status.ACTIVE ? null : "what happened",
                status == Status.ACTIVE ? null : LocalDate.of(2025, 2, 28),
                Map.of("status", new Provenance("https://github.com/example/" + id, LocalDate.of(2025, 3, 25))), null);
    }

    static Snapshot github(String tool, LocalDate asOf, int stars, LocalDate lastCommit, Boolean archived) {
        return new Snapshot(tool, asOf, "https://api.github.com/repos/example/" + tool, stars, lastCommit, null, archived,
                null, null, null, null, null, null, null);
    }

    Assessment assess(Tool t, Signals s, RingContext c) {
        return new RingPolicy(framework, s).assess(t, c);
    }

    @Test
    void withoutSignalsAMatureToolIsAdopted() {
        assertThat(assess(mature("m", Status.ACTIVE), Signals.none(), today).ring()).isEqualTo("adopt");
    }

    @Test
    void aDormantToolIsNeverAboveAssessAndTheReasonCarriesItsDates() {
        var s = new Signals(List.of(github("m", LocalDate.of(2025, 6, 26), 9000, LocalDate.of(2023, 10, 26), false)));
        Assessment a = assess(mature("m", Status.ACTIVE), s, today);
        assertThat(a.ring()).isEqualTo("assess");
        assertThat(a.reasons()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo(Rule.ACTIVITY);
            assertThat(r.effect()).isEqualTo(Effect.MOVED);
            assertThat(r.text()).contains("dormant", "2023-10-26", "as of 2025-06-26");
        });
        assertThat(assess(mature("m", Status.ACTIVE), s, RingContext.on(LocalDate.of(2024, 1, 15))).ring()).isEqualTo("adopt");
    }

    @Test
    void anArchivedToolGoesToHold() {
        var s = new Signals(List.of(github("m", TODAY, 9000, TODAY.minusDays(3), true)));
        Assessment a = assess(mature("m", Status.ACTIVE), s, today);
        assertThat(a.ring()).isEqualTo("hold");
        assertThat(a.reasons()).anyMatch(r -> r.rule() == Rule.ACTIVITY && r.text().startsWith("archived"));
    }

    @Test
    void maintenanceAndWindingDownGoToHoldCitingTheStatusSource() {
        for (Status status : List.of(Status.MAINTENANCE, Status.WINDING_DOWN)) {
            Assessment a = assess(mature("m", status), Signals.none(), today);
            assertThat(a.ring()).as(status.id()).isEqualTo("hold");
            assertThat(a.reasons()).anyMatch(r -> r.rule() == Rule.ACTIVITY && r.text().contains("since 2025-02-28")
                    && r.text().contains("https://github.com/example/m, as of 2025-03-25"));
            assertThat(assess(mature("m", status), Signals.none(), RingContext.on(LocalDate.of(2024, 6, 1))).ring())
                    .as("before the status began").isEqualTo("adopt");
        }
    }

    @Test
    void aShrinkingCommunityLeavesAdoptAndAGrowingOneStrengthensTheCase() {
        var shrinking = new Signals(List.of(github("m", LocalDate.of(2025, 11, 20), 10000, TODAY.minusDays(5), false),
                github("m", LocalDate.of(2026, 11, 20), 9000, TODAY.minusDays(5), false)));
        Assessment a = assess(mature("m", Status.ACTIVE), shrinking, today);
        assertThat(a.ring()).as(a.reasons().toString()).isEqualTo("trial");
        assertThat(a.reasons()).anyMatch(r -> r.rule() == Rule.TREND && r.text().contains("shrinking") && r.text().contains("-10% a year"));
        var growing = new Signals(List.of(github("m", LocalDate.of(2025, 11, 20), 1000, TODAY.minusDays(5), false),
                github("m", LocalDate.of(2026, 11, 20), 1500, TODAY.minusDays(5), false)));
        Assessment g = assess(mature("m", Status.ACTIVE), growing, today);
        assertThat(g.reasons()).anyMatch(r -> r.rule() == Rule.TREND && r.effect() == Effect.PLUS && r.text().contains("+50% a year"));
    }

    @Test
    void aStalledCommunityWithNoSignOfLifeOnRecordForEighteenMonthsStaysBelowTrial() {
        var stalled = new Signals(List.of(github("m", LocalDate.of(2024, 6, 6), 7000, LocalDate.of(2024, 5, 1), false),
                github("m", LocalDate.of(2025, 6, 26), 7200, LocalDate.of(2025, 1, 10), false)));
        Assessment a = assess(mature("m", Status.ACTIVE), stalled, today);
        assertThat(a.ring()).as(a.reasons().toString()).isEqualTo("assess");
        assertThat(a.reasons()).anyMatch(r -> r.rule() == Rule.ACTIVITY && r.text().startsWith("activity unverified"));
        assertThat(a.reasons()).anyMatch(r -> r.rule() == Rule.TREND && r.effect() == Effect.MOVED && r.text().contains("+3% a year"));
        assertThat(assess(mature("m", Status.ACTIVE), stalled, RingContext.on(LocalDate.of(2025, 7, 1))).ring())
                .as("a recent commit on record").isEqualTo("adopt");
    }

    @Test
    void theBundledCatalogueNoLongerAdoptsDormantOrEndedTools() {
        var radar = new RadarOfCatalog(framework, Catalog.bundled(), today);
        for (String id : List.of("nni", "keras-tuner")) {
            Tool t = Catalog.bundled().get(id);
            AssessedTool a = radar.get(t);
            assertThat(a.assessment().computedRing()).as(id).isIn("assess", "hold");
            assertThat(a.assessment().reasons()).as(id).anyMatch(r -> r.rule() == Rule.ACTIVITY && r.text().contains("dormant"));
        }
        for (String id : List.of("guild-ai", "determined", "kubernetes")) {
            var a = radar.get(Catalog.bundled().get(id)).assessment();
            assertThat(a.reasons()).as(id + ": old news is not evidence of dormancy")
                    .anyMatch(r -> r.rule() == Rule.ACTIVITY && r.text().startsWith("activity unverified"))
                    .noneMatch(r -> r.text().contains("dormant"));
        }
        for (String id : List.of("whylogs", "torchserve", "tgi", "google-ai-platform")) {
            var a = radar.get(Catalog.bundled().get(id)).assessment();
            assertThat(a.computedRing()).as(id + " " + a.reasons()).isEqualTo("hold");
        }
    }
}
