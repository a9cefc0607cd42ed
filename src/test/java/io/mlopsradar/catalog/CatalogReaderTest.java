package io.mlopsradar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlopsradar.landscape.Framework;
import io.mlopsradar.yaml.InvalidInputException;
import io.mlopsradar.yaml.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogReaderTest {
    final CatalogReader reader = new CatalogReader("tools.yaml", Framework.bundled(), 2026);

    static final String GOOD = """
            checked: 2026-11-26
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
            assertThat(t.checked()).hasToString("2026-11-26");
            assertThat(t.capabilities()).containsExactly("experiment-tracking", "model-registry");
            assertThat(t.requires()).isEmpty();
        });
    }

    @Test
    void aToolWithoutAPrimaryCapabilityIsRejected() {
        assertThatThrownBy(() -> reader.parse(GOOD.replace("    capability: experiment-tracking\n", "")))
                .hasMessageContaining("tools.yaml:3: field 'capability': missing required field");
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
                                "tools.yaml:22: field 'homepage': 'not a url' is not an http(s) URL",
                                "tools.yaml:26: field 'first_release': 2031 is in the future",
                                "tools.yaml:27: field 'category': unknown category 'experiment-platforms'; did you mean 'experimentation-platforms'?",
                                "tools.yaml:28: field 'stages': unknown lifecycle stage 'train'; did you mean 'train-tune'?",
                                "tools.yaml:29: field 'capability': unknown capability 'experiment-trackin'; did you mean 'experiment-tracking'?",
                                "tools.yaml:30: field 'also': unknown capability 'experiment-trackin'; did you mean 'experiment-tracking'?",
                                "tools.yaml:31: field 'requires': 'mainframe' is not one of kubernetes, spark, gpu",
                                "tools.yaml:19: field 'description': missing required field")
                        .anySatisfy(p -> assertThat(p).startsWith("tools.yaml:34: field 'colour': unknown field")));
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
                .hasMessageContaining("tools.yaml:21: field 'aliases': 'alpha-ml' is already used by tool 'alpha'");
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
}
