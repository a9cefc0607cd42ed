package io.mlopsradar.rings;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Community;
import io.mlopsradar.catalog.Signals;
import io.mlopsradar.catalog.Snapshot;
import io.mlopsradar.catalog.Status;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.text.GoldenJson;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final LocalDate THEN = LocalDate.of(2021, 5, 15);

    static Snapshot seen(String tool, LocalDate asOf, int stars, LocalDate lastCommit) {
        return new Snapshot(tool, asOf, "best-of-ml-python " + asOf, stars, lastCommit, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void aToolThatWentDormantAfterBeingTrialledIsABadCallAndOnlyWhatWasKnownThenCounts() {
        Tool fading = ActivityRulesTest.mature("fading", Status.ACTIVE);
        Tool thriving = ActivityRulesTest.mature("thriving", Status.ACTIVE);
        Tool later = RingPolicyTest.tool("later", "single-component-ml-tools", List.of("train-tune"), 2024, Community.STRONG, Status.ACTIVE);
        var signals = new Signals(List.of(
                seen("fading", LocalDate.of(2021, 5, 13), 5000, LocalDate.of(2021, 5, 1)),
                seen("fading", LocalDate.of(2025, 6, 26), 5200, LocalDate.of(2022, 3, 1)),
                seen("thriving", LocalDate.of(2021, 5, 13), 5000, LocalDate.of(2021, 5, 10)),
                seen("thriving", LocalDate.of(2026, 11, 1), 9000, LocalDate.of(2026, 10, 30))));
        var result = new Backtest(Framework.bundled(), new Catalog(List.of(fading, thriving, later), signals)).run(THEN, TODAY);
        assertThat(result.calls()).extracting(Backtest.Call::tool).containsExactlyInAnyOrder("fading", "thriving");
        assertThat(result.withSignalsThen()).isEqualTo(2);
        assertThat(result.badCalls()).singleElement().satisfies(c -> {
            assertThat(c.tool()).isEqualTo("fading");
            assertThat(c.ringThen()).isEqualTo("adopt");
            assertThat(c.ringNow()).isEqualTo("assess");
            assertThat(c.fateReason()).contains("dormant", "2022-03-01");
        });
        assertThat(result.missed()).isEmpty();
        assertThat(result.agreement()).isEqualTo(0.5);
        assertThat(Backtest.toJson(result).agreement()).isEqualTo(0.5);
    }

    @Test
    void aStatusIsOnlySeenFromTheDayItBegan() {
        Tool later = ActivityRulesTest.mature("m", Status.WINDING_DOWN);
        assertThat(Backtest.asKnownOn(later, Signals.none(), THEN).status()).isEqualTo(Status.ACTIVE);
        assertThat(Backtest.asKnownOn(later, Signals.none(), TODAY).status()).isEqualTo(Status.WINDING_DOWN);
    }

    @Test
    void theBundledCatalogueBacktestFlagsNniAsABadCallOf2021() {
        var result = new Backtest(Framework.bundled(), Catalog.bundled()).run(THEN, TODAY);
        assertThat(result.badCalls()).extracting(Backtest.Call::tool).contains("nni", "keras-tuner");
        assertThat(result.calls()).noneMatch(c -> c.tool().equals("tgi")).as("TGI was first released in 2023");
    }

    @Test
    void theJsonReportGivesFiguresTheListsAndTheRingCountsThenAndNow() {
        var ended = new Backtest.Call("nni", "NNI", "trial", "hold", "ended", "archived: archived on 2024-09-01");
        var missed = new Backtest.Call("vllm", "vLLM", "hold", "adopt", "standard", "");
        var other = new Backtest.Call("dvc", "DVC", "assess", "assess", "other", "");
        var result = new Backtest.Result(THEN, TODAY, List.of(ended, missed, other), List.of(ended), List.of(missed), 1, 2);
        GoldenJson.assertMatches(Backtest.toJson(result), "rings/backtest.json");
    }
}
