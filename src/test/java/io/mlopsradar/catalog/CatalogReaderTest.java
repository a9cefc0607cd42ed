package io.mlopsradar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlopsradar.landscape.Framework;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogReaderTest {
    final CatalogReader reader = new CatalogReader("tools.yaml", Framework.bundled(), 2026);

    static final String GOOD = """
            tools:
              - id: alpha
                name: Alpha
                aliases: [alpha-ml]
                homepage: https://alpha.example.org/
                repository: https://github.com/example/alpha
                license: Apache-2.0
                delivery: open-source
                steward: Example Foundation
                first_release: 2019
                category: experimentation-platforms
                stages: [track-evaluate]
                capability: experiment-tracking
                also: [model-registry]
                origin: community
                community: moderate
                description: A test tool.
            """;

    @Test
    void readsAValidFile() {
        List<Tool> tools = reader.parse(GOOD);
        assertThat(tools).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("alpha");
            assertThat(t.status()).isEqualTo(Status.ACTIVE);
            assertThat(t.facts()).isEmpty();
            assertThat(t.capabilities()).containsExactly("experiment-tracking", "model-registry");
            assertThat(t.requires()).isEmpty();
        });
    }

    @Test
    void aToolWhoseFirstReleaseIsUnknownLeavesItOut() {
        List<Tool> tools = reader.parse(GOOD.replace("    first_release: 2019\n", ""));
        assertThat(tools).singleElement().satisfies(t -> assertThat(t.firstRelease()).isNull());
    }

    @Test
    void aToolWithoutAPrimaryCapabilityIsRejected() {
        assertThatThrownBy(() -> reader.parse(GOOD.replace("    capability: experiment-tracking\n", "")))
                .hasMessageContaining("tools.yaml:2: field 'capability': missing required field");
    }

    @Test
    void reportsEveryProblemWithFileLineAndField() {
        String bad = GOOD + """
              - id: beta
                name: Beta
                aliases: [ALPHA-ML]
                homepage: not a url
                license: Apache-2.0
                delivery: open-source
                steward: Someone
                first_release: 2031
                category: experiment-platforms
                stages: [train, train-tune]
                capability: experiment-trackin
                also: [model-registry, experiment-trackin]
                requires: [kubernetes, mainframe]
                origin: community
                community: moderate
                colour: blue
            """;
        assertThatThrownBy(() -> reader.parse(bad))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::toString)
                        .contains(
                                "tools.yaml:21: field 'homepage': 'not a url' is not an http(s) URL",
                                "tools.yaml:25: field 'first_release': 2031 is in the future",
                                "tools.yaml:26: field 'category': unknown category 'experiment-platforms'; did you mean 'experimentation-platforms'?",
                                "tools.yaml:27: field 'stages': unknown lifecycle stage 'train'; did you mean 'train-tune'?",
                                "tools.yaml:28: field 'capability': unknown capability 'experiment-trackin'; did you mean 'experiment-tracking'?",
                                "tools.yaml:29: field 'also': unknown capability 'experiment-trackin'; did you mean 'experiment-tracking'?",
                                "tools.yaml:30: field 'requires': 'mainframe' is not one of kubernetes, spark, gpu",
                                "tools.yaml:18: field 'description': missing required field")
                        .anySatisfy(p -> assertThat(p).startsWith("tools.yaml:33: field 'colour': unknown field")));
    }

    @Test
    void rejectsADuplicateAliasNamingTheOwner() {
        String dup = GOOD + """
              - id: gamma
                name: Gamma
                aliases: [Alpha-ML]
                homepage: https://gamma.example.org/
                license: proprietary
                delivery: saas
                steward: Gamma Inc.
                first_release: 2020
                category: experimentation-platforms
                stages: [track-evaluate]
                capability: experiment-tracking
                origin: startup
                community: small
                description: Another.
            """;
        assertThatThrownBy(() -> reader.parse(dup))
                .hasMessageContaining("tools.yaml:20: field 'aliases': 'alpha-ml' is already used by tool 'alpha'");
    }

    @Test
    void rejectsADuplicateId() {
        String dup = GOOD + GOOD.substring(GOOD.indexOf("  - id: alpha")).replace("alpha-ml", "other");
        assertThatThrownBy(() -> reader.parse(dup)).hasMessageContaining("field 'id': 'alpha' is already used by tool 'alpha'");
    }

    @Test
    void syntaxErrorsNameTheLine() {
        assertThatThrownBy(() -> reader.parse("tools:\n  - id: [unclosed\n"))
                .hasMessageStartingWith("tools.yaml:3: not valid YAML");
    }

    @Test
    void readsEachFactsSourceAndDate() {
        Tool t = reader.parse(GOOD + """
                    github_stars: 1200
                    status: winding-down
                    status_note: "acquired by Example Corp, which stops it"
                    status_since: 2025-03-01
                    facts:
                      github_stars: {source: "best-of-ml-python 2025-06-26", as_of: 2025-06-26}
                      status: {source: "https://example.org/news", as_of: 2026-11-28}
                """).get(0);
        assertThat(t.status()).isEqualTo(Status.WINDING_DOWN);
        assertThat(t.statusNote()).contains("acquired");
        assertThat(t.statusOn(java.time.LocalDate.of(2024, 1, 1))).isEqualTo(Status.ACTIVE);
        assertThat(t.statusOn(java.time.LocalDate.of(2025, 3, 1))).isEqualTo(Status.WINDING_DOWN);
        assertThat(t.provenance(Fact.GITHUB_STARS)).hasValue(new Provenance("best-of-ml-python 2025-06-26", java.time.LocalDate.of(2025, 6, 26)));
        assertThat(t.provenance(Fact.STATUS).orElseThrow().isUrl()).isTrue();
        assertThat(t.provenance(Fact.LICENSE)).isEmpty();
    }

    @Test
    void badProvenanceIsReportedWithLineAndField() {
        String bad = GOOD + """
                    status: maintenance
                    facts:
                      steward: {source: "", as_of: 2025-13-01}
                      colour: {source: x, as_of: 2025-01-01}
                      first_release: {source: "ftp://example.org/", as_of: 2031-01-01}
                      github_stars: {source: x, as_of: 2025-01-01}
                """;
        assertThatThrownBy(() -> reader.parse(bad))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::toString)
                        .contains(
                                "tools.yaml:20: field 'facts.steward.source': missing required field",
                                "tools.yaml:20: field 'facts.steward.as_of': '2025-13-01' is not a date like 2026-11-26",
                                "tools.yaml:22: field 'facts.first_release.source': 'ftp://example.org/' is neither an http(s) URL nor a dataset's name",
                                "tools.yaml:22: field 'facts.first_release.as_of': 2031-01-01 is in the future",
                                "tools.yaml:23: field 'facts.github_stars': provenance for a fact the entry does not state; add 'github_stars' or remove this line")
                        .anySatisfy(p -> assertThat(p).startsWith("tools.yaml:21: field 'facts.colour': unknown field")));
    }

    @Test
    void aStarCountWithoutItsSourceIsRefused() {
        assertThatThrownBy(() -> reader.parse(GOOD + "    github_stars: 1200\n"))
                .hasMessageContaining("tools.yaml:18: field 'github_stars': a star count needs its source and date in facts.github_stars");
    }

    @Test
    void theFileWideCheckedDateIsGone() {
        assertThatThrownBy(() -> reader.parse("checked: 2026-11-26\n" + GOOD))
                .hasMessageContaining("field 'checked': unknown field");
    }
}
