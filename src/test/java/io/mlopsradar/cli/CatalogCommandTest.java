package io.mlopsradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCommandTest {
    @TempDir
    Path dir;

    @Test
    void coverageListsWhatTheCatalogueLacksMostNamedFirstInJson() throws Exception {
        Path a = Files.writeString(dir.resolve("a.md"), "* [Zeta Serve](https://github.com/zeta/zeta-serve)\n* [MLflow](https://mlflow.org)\n* [Omega](https://omega.example.org)\n");
        Path b = Files.writeString(dir.resolve("b.md"), "- [zeta-serve](https://github.com/zeta/zeta-serve) - again\n");
        var r = CliTest.run("catalog", "coverage", "--against", a.toString(), "--against", b.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("listed").asInt()).isEqualTo(3);
        assertThat(json.get("covered").asInt()).isEqualTo(1);
        JsonNode first = json.get("missing").get(0);
        assertThat(first.get("name").asText()).isEqualTo("Zeta Serve");
        assertThat(first.get("named").asInt()).isEqualTo(2);
        assertThat(first.get("lists")).hasSize(2);
        assertThat(first.has("repository") && first.has("homepage")).isTrue();
    }

    @Test
    void coverageTablePrintsASummaryAndOneRowPerMissingTool() throws Exception {
        Path a = Files.writeString(dir.resolve("list.md"), "* [Zeta Serve](https://github.com/zeta/zeta-serve)\n* [vLLM](https://vllm.ai/)\n");
        var r = CliTest.run("catalog", "coverage", "--against", a.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Catalogue covers 1 of 2 tools named in 1 list; 1 missing.")
                .contains("Zeta Serve").doesNotContain("vLLM");
    }

    @Test
    void coverageOfAMissingFileIsBadInput() {
        var r = CliTest.run("catalog", "coverage", "--against", dir.resolve("nope.md").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope.md: no such file").doesNotContain("Exception");
    }

    @Test
    void validateReportsAnUnsourcedFactWithItsLine() throws Exception {
        Path file = Files.writeString(dir.resolve("tools.yaml"), """
                tools:
                  - id: alpha
                    name: Alpha
                    homepage: https://alpha.example.org/
                    license: MIT
                    delivery: open-source
                    steward: Example
                    category: single-component-ml-tools
                    stages: [operate-serve]
                    capability: vector-search
                    origin: community
                    community: small
                    description: A test tool.
                    facts:
                      steward: {source: "https://alpha.example.org/about", as_of: 2026-11-01}
                """);
        var strict = CliTest.run("catalog", "validate", "--strict", file.toString());
        assertThat(strict.code()).isEqualTo(2);
        assertThat(strict.err()).contains(file + ":5: field 'license': stated without a source").contains("1 problem found");
        var lenient = CliTest.run("catalog", "validate", file.toString());
        assertThat(lenient.code()).isZero();
        assertThat(lenient.out()).contains("valid, 1 tools").contains("1 facts stated without a source");
        assertThat(lenient.err()).contains("warning: " + file + ":5: field 'license': stated without a source");
    }
}
