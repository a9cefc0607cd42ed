package io.mlopsradar.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivityTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    static Tool tool(String id, Status status, String note, LocalDate since, Map<String, Provenance> facts) {
        return new Tool(id, id, List.of(), "https://example.org/", "https://github.com/example/" + id, "Apache-2.0",
                Delivery.OPEN_SOURCE, "Steward", 2018, "single-component-ml-tools", List.of(), List.of("train-tune"),
                Origin.COMMUNITY, Community.MODERATE, null, status, null, List.of(), List.of(), "d", note, since, facts, null);
    }

    static Snapshot github(String tool, LocalDate asOf, Integer stars, LocalDate lastCommit, LocalDate release, Boolean archived) {
        return new Snapshot(tool, asOf, "https://api.github.com/repos/example/" + tool, stars, lastCommit, release, archived,
                null, null, null, null, null, null, null);
    }

    @Test
    void aToolWithoutCommitOrReleaseForEighteenMonthsIsDormantWithTheDateAndSource() {
        var signals = new Signals(List.of(github("nni", LocalDate.of(2025, 6, 26), 14209, LocalDate.of(2023, 10, 26), LocalDate.of(2023, 9, 14), false)));
        Activity a = Activity.of(tool("nni", Status.ACTIVE, null, null, Map.of()), signals, TODAY);
        assertThat(a.state()).isEqualTo(Activity.State.DORMANT);
        assertThat(a.endangered()).isTrue();
        assertThat(a.since()).isEqualTo(LocalDate.of(2023, 10, 26));
        assertThat(a.reason()).contains("since 2023-10-26", "18 months", "api.github.com/repos/example/nni, as of 2025-06-26");
    }

    @Test
    void dormancyIsMeasuredFromTheClockWithOnlyWhatWasKnownThen() {
        var signals = new Signals(List.of(
                github("t", LocalDate.of(2021, 5, 13), 900, LocalDate.of(2021, 5, 1), null, false),
                github("t", LocalDate.of(2025, 6, 26), 1000, LocalDate.of(2022, 1, 1), null, false)));
        Tool t = tool("t", Status.ACTIVE, null, null, Map.of());
        assertThat(Activity.of(t, signals, LocalDate.of(2021, 6, 1)).state()).isEqualTo(Activity.State.ACTIVE);
        assertThat(Activity.of(t, signals, LocalDate.of(2022, 6, 1)).state()).isEqualTo(Activity.State.ACTIVE);
        assertThat(Activity.of(t, signals, LocalDate.of(2023, 6, 2)).state()).as("only a 2021 snapshot was known then: old news")
                .isEqualTo(Activity.State.UNVERIFIED);
        assertThat(Activity.of(t, signals, LocalDate.of(2025, 7, 1)).state()).isEqualTo(Activity.State.DORMANT);
    }

    @Test
    void anArchivedRepositoryWinsOverEverythingElse() {
        var signals = new Signals(List.of(github("old", LocalDate.of(2026, 11, 20), 10, TODAY.minusDays(30), null, true)));
        Activity a = Activity.of(tool("old", Status.ACTIVE, null, null, Map.of()), signals, TODAY);
        assertThat(a.state()).isEqualTo(Activity.State.ARCHIVED);
        assertThat(a.reason()).contains("archived", "as of 2026-11-20");
    }

    @Test
    void aStatusCountsFromTheDayItBeganAndCitesItsSource() {
        var source = Map.of("status", new Provenance("https://example.org/news", TODAY));
        Tool t = tool("w", Status.WINDING_DOWN, "acquired by Example Corp, which stops it", LocalDate.of(2025, 1, 24), source);
        Activity now = Activity.of(t, Signals.none(), TODAY);
        assertThat(now.state()).isEqualTo(Activity.State.WINDING_DOWN);
        assertThat(now.reason()).contains("since 2025-01-24", "acquired by Example Corp", "https://example.org/news, as of 2026-11-28");
        assertThat(Activity.of(t, Signals.none(), LocalDate.of(2024, 12, 31)).state()).isEqualTo(Activity.State.ACTIVE);
        Tool m = tool("m", Status.MAINTENANCE, null, null, Map.of());
        assertThat(Activity.of(m, Signals.none(), TODAY).reason()).contains("maintenance", "source unknown");
    }

    @Test
    void theStarsTrendComparesCountsAboutAYearApart() {
        var signals = new Signals(List.of(
                Snapshot.stars("s", LocalDate.of(2023, 12, 28), "best-of-ml-python 2023-12-28", 1000),
                Snapshot.stars("s", LocalDate.of(2024, 6, 6), "best-of-ml-python 2024-06-06", 1100),
                Snapshot.stars("s", LocalDate.of(2024, 12, 26), "best-of-ml-python 2024-12-26", 1500)));
        StarsTrend t = StarsTrend.of("s", signals, TODAY).orElseThrow();
        assertThat(t.earlier()).isEqualTo(1000);
        assertThat(t.later()).isEqualTo(1500);
        assertThat(t.yearlyGrowth()).isBetween(0.49, 0.51);
        assertThat(StarsTrend.of("s", signals, LocalDate.of(2024, 7, 1))).isEmpty();
    }
}
