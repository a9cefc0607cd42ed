package io.mlopsradar.catalog;

import io.mlopsradar.landscape.Capability;

import io.mlopsradar.landscape.Framework;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.input.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCheckTest {
    @TempDir
    Path dir;

    static String tool(String id, String extra) {
        return """
                  - id: %1$s
                    name: %1$s
                    homepage: https://%1$s.example.org/
                    license: unknown
                    delivery: open-source
                    steward: Example
                    category: single-component-ml-tools
                    stages: [operate-serve]
                    capability: vector-search
                    origin: community
                    community: small
                    description: A test tool.
                """.formatted(id) + extra + "    facts:\n      steward: {source: \"https://" + id + ".example.org/about\", as_of: 2026-11-01}\n";
    }

    List<String> problems(String text) throws Exception {
        Path file = dir.resolve("tools.yaml");
        Files.writeString(file, text);
        return CatalogValidation.of(file, Framework.bundled(), Catalog.bundled(), 2026).reported(true).stream().map(Problem::toString).toList();
    }

    @Test
    void aStatedFactWithoutASourceIsReportedOnItsLine() throws Exception {
        String text = "tools:\n" + tool("alpha", "    first_release: 2021\n").replace("license: unknown", "license: MIT");
        assertThat(problems(text)).containsExactly(
                dir.resolve("tools.yaml") + ":5: field 'license': stated without a source; add facts.license: {source, as_of}",
                dir.resolve("tools.yaml") + ":14: field 'first_release': stated without a source; add facts.first_release: {source, as_of}");
    }

    @Test
    void anUnknownLicenceAndAnOmittedYearNeedNoSource() throws Exception {
        assertThat(problems("tools:\n" + tool("alpha", ""))).isEmpty();
    }

    @Test
    void anUnknownStewardNeedsNoSourceButANamedOneDoes() throws Exception {
        String unsourced = "tools:\n" + tool("alpha", "").replace("    facts:\n      steward: {source: \"https://alpha.example.org/about\", as_of: 2026-11-01}\n", "");
        assertThat(problems(unsourced)).containsExactly(
                dir.resolve("tools.yaml") + ":7: field 'steward': stated without a source; add facts.steward: {source, as_of}");
        assertThat(problems(unsourced.replace("steward: Example", "steward: unknown"))).isEmpty();
    }

    @Test
    void aCategoryThatContradictsTheCapabilityIsReported() throws Exception {
        String text = "tools:\n" + tool("alpha", "").replace("category: single-component-ml-tools", "category: ci-cd-pipelines");
        assertThat(problems(text)).singleElement().asString()
                .startsWith(dir.resolve("tools.yaml") + ":8: field 'category': 'ci-cd-pipelines' does not fit the capability 'vector-search'");
    }

    @Test
    void theSameRepositoryOrHomepageUnderTwoIdsIsADuplicate() throws Exception {
        String text = "tools:\n" + tool("alpha", "    repository: https://github.com/example/alpha\n")
                + tool("beta", "    repository: https://github.com/Example/alpha.git\n")
                + tool("gamma", "").replace("https://gamma.example.org/", "http://www.alpha.example.org");
        assertThat(problems(text)).containsExactly(
                dir.resolve("tools.yaml") + ":29: field 'repository': the same repository as tool 'alpha'; one tool under two ids, or a part-of relation is missing",
                dir.resolve("tools.yaml") + ":34: field 'homepage': the same homepage as tool 'alpha'; one tool under two ids, or a part-of relation is missing");
    }

    @Test
    void partsOfOneProductMayShareItsRepository() throws Exception {
        String text = "tools:\n" + tool("alpha", "    repository: https://github.com/example/alpha\n")
                + tool("beta", "    repository: https://github.com/example/alpha\n")
                + "relations:\n  - {from: beta, type: part-of, to: alpha, source: \"https://alpha.example.org/beta\"}\n";
        assertThat(problems(text)).isEmpty();
    }

    @Test
    void aRelationToAnUnknownToolIsReported() throws Exception {
        String text = "tools:\n" + tool("alpha", "")
                + "relations:\n  - {from: alpha, type: works-with, to: nowhere-tool, source: \"https://alpha.example.org/\"}\n";
        assertThat(problems(text)).singleElement().asString().contains("nowhere-tool");
    }

    @Test
    void everyCapabilityOfTheFrameworkHasItsCategories() {
        var fit = CategoryFit.bundled();
        assertThat(fit.capabilities()).containsAll(Framework.bundled().capabilities().stream()
                .map(Capability::id).toList());
        var categories = Framework.bundled().categories().stream().map(c -> c.id()).toList();
        fit.capabilities().forEach(c -> assertThat(categories).containsAll(fit.categoriesFor(c)));
    }

    @Test
    void theBundledCatalogueHasNoMisfiledToolNorDuplicateAndItsLlmFileIsClean() {
        var result = CatalogValidation.bundled(Framework.bundled(), 2026);
        assertThat(result.tools()).isGreaterThan(300);
        assertThat(result.valid(false)).as(result.problems().toString()).isTrue();
        assertThat(result.reported(true)).noneMatch(p -> p.file().equals("tools-llm.yaml"));
    }
}
