package io.mlopsradar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Problem;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignalsReaderTest {
    static final String OLDER = """
            snapshots:
              - {tool: alpha, as_of: 2021-05-13, source: "best-of-ml-python 2021-05-13", stars: 900, last_commit: 2021-05-01}
              - {tool: alpha, as_of: 2023-11-26, source: "lfai-landscape 2023-11", stars: 1500, latest_release: 2023-10-02}
            """;
    static final String MAIN = """
            include: ["older.yaml"]
            snapshots:
              - tool: alpha
                as_of: 2026-11-20
                source: "https://api.github.com/repos/example/alpha"
                stars: 2100
                last_commit: 2026-11-19
                archived: false
              - {tool: beta, as_of: 2025-06-26, source: "best-of-ml-python 2025-06-26", stars: 40}
            """;

    final SignalsReader reader = new SignalsReader(Set.of("alpha", "beta"), 2026, Map.of("older.yaml", OLDER)::get);

    @Test
    void readsAHistoryPerToolOldestFirstAcrossIncludedFiles() {
        Signals s = reader.parse("signals.yaml", MAIN);
        assertThat(s.history("alpha")).extracting(Snapshot::stars).containsExactly(900, 1500, 2100);
        assertThat(s.latest("alpha", Snapshot::stars)).hasValueSatisfying(d -> {
            assertThat(d.value()).isEqualTo(2100);
            assertThat(d.provenance().source()).isEqualTo("https://api.github.com/repos/example/alpha");
        });
        assertThat(s.latest("alpha", Snapshot::latestRelease).orElseThrow().provenance().asOf()).isEqualTo(LocalDate.of(2023, 11, 26));
        assertThat(s.onOrBefore("alpha", LocalDate.of(2021, 5, 15), Snapshot::stars).orElseThrow().value()).isEqualTo(900);
        assertThat(s.onOrBefore("alpha", LocalDate.of(2020, 1, 1), Snapshot::stars)).isEmpty();
        assertThat(s.history("gamma")).isEmpty();
    }

    @Test
    void everyProblemNamesItsFileLineAndField() {
        String bad = """
                snapshots:
                  - {tool: gamma, as_of: 2025-06-26, source: x, stars: -3}
                  - {tool: alpha, as_of: 2025-06-26, last_commit: 2025-07-01, archived: perhaps}
                  - {tool: beta, as_of: 26/06/2025, source: x, colour: red}
                """;
        assertThatThrownBy(() -> reader.parse("signals.yaml", bad))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::toString)
                        .contains(
                                "signals.yaml:2: field 'tool': unknown tool id 'gamma'",
                                "signals.yaml:2: field 'stars': -3 cannot be negative",
                                "signals.yaml:3: field 'source': missing required field",
                                "signals.yaml:3: field 'last_commit': 2025-07-01 is after the snapshot's as_of 2025-06-26",
                                "signals.yaml:3: field 'archived': 'perhaps' is not true or false",
                                "signals.yaml:4: field 'as_of': '26/06/2025' is not a date like 2026-11-26")
                        .anySatisfy(p -> assertThat(p).startsWith("signals.yaml:4: field 'colour': unknown field")));
    }

    @Test
    void aMissingIncludeAndADuplicateSnapshotAreRefused() {
        String bad = """
                include: ["nowhere.yaml"]
                snapshots:
                  - {tool: beta, as_of: 2025-06-26, source: x, stars: 40}
                  - {tool: beta, as_of: 2025-06-26, source: x, stars: 41}
                """;
        assertThatThrownBy(() -> reader.parse("signals.yaml", bad))
                .hasMessageContaining("signals.yaml:1: field 'include': cannot read included file 'nowhere.yaml'")
                .hasMessageContaining("signals.yaml:4: field 'as_of': a second snapshot of 'beta' from the same source on 2025-06-26");
    }

    @Test
    void theBundledCatalogueShipsItsDatedHistory() {
        Signals s = Catalog.bundled().signals();
        assertThat(s.history("nni")).hasSizeGreaterThan(5);
        assertThat(s.history("nni").get(0).asOf()).isBefore(LocalDate.of(2021, 1, 1));
        assertThat(s.latest("nni", Snapshot::lastCommit).orElseThrow().value()).isBefore(LocalDate.of(2024, 1, 1));
    }
}
