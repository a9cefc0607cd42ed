package io.mlopsradar.formats.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.input.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageTest {
    static final String LANDSCAPE = """
            categories:
              - name: Serving
                subcategories:
                  - name: LLM
                    items:
                      - name: VLLM Engine
                        homepage_url: https://vllm.example.org/
                        repo_url: https://github.com/vllm-project/vllm
                      - name: Zeta Serve
                        homepage_url: https://zeta.example.org/
                        repo_url: https://github.com/zeta/zeta-serve
                      - name: Omega
                        homepage_url: https://omega.example.org/
              - name: LF AI Member Company
                subcategories:
                  - name: General
                    items:
                      - name: Some Corporation
                        homepage_url: https://corp.example.org/
            """;

    static final String LEGACY = """
            landscape:
              - category:
                name: Tracking
                subcategories:
                  - subcategory:
                    name: Experiments
                    items:
                      - item:
                        name: ml-flow
                        homepage_url: https://mlflow.org/
                      - item:
                        name: Zeta Serve
                        homepage_url: https://zeta.example.org/
                        repo_url: https://github.com/Zeta/zeta-serve.git
            """;

    static final String MARKDOWN = """
            # Awesome tools
            * [Quick link](#serving)
            ## Serving
            * [Zeta-Serve](https://github.com/zeta/zeta-serve) ![](https://img.shields.io/github/stars/zeta/zeta-serve.svg) - serves
            * [Computer Vision Annotation Tool (CVAT)](https://example.org/cvat) - labels
            - [Omega](https://omega.example.org) - another
            | [Langfuse](https://langfuse.com/) | MIT | traces |
            Some prose with a [link](https://example.org/prose) that is not a list item.
            """;

    final Coverage coverage = new Coverage(Catalog.bundled());

    Coverage.Result compare(Map<String, String> files) {
        var lists = new LinkedHashMap<String, List<ListEntry>>();
        files.forEach((name, text) -> lists.put(name, name.endsWith(".md") ? ListFiles.markdown(name, text) : ListFiles.landscape(name, text)));
        return coverage.compare(lists);
    }

    @Test
    void readsLandscapeItemsButNotMemberOrganisations() {
        assertThat(ListFiles.landscape("l.yml", LANDSCAPE)).extracting(ListEntry::name).containsExactly("VLLM Engine", "Zeta Serve", "Omega");
        assertThat(ListFiles.landscape("legacy.yml", LEGACY)).extracting(ListEntry::name, ListEntry::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ml-flow", 8), org.assertj.core.groups.Tuple.tuple("Zeta Serve", 11));
    }

    @Test
    void readsBulletsAndTableRowsButNotAnchorsBadgesOrProse() {
        assertThat(ListFiles.markdown("a.md", MARKDOWN)).extracting(ListEntry::name, ListEntry::repository).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Zeta-Serve", "https://github.com/zeta/zeta-serve"),
                org.assertj.core.groups.Tuple.tuple("Computer Vision Annotation Tool (CVAT)", null),
                org.assertj.core.groups.Tuple.tuple("Omega", null),
                org.assertj.core.groups.Tuple.tuple("Langfuse", null));
    }

    @Test
    void matchesByRepositoryNameAliasAndHomepageAndRanksTheMissingByHowManyListsNameThem() {
        var files = new LinkedHashMap<String, String>();
        files.put("landscape.yml", LANDSCAPE);
        files.put("legacy.yml", LEGACY);
        files.put("awesome.md", MARKDOWN);
        var result = compare(files);
        assertThat(result.missing()).extracting(Coverage.Missing::name, Coverage.Missing::named).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Zeta Serve", 3), org.assertj.core.groups.Tuple.tuple("Omega", 2));
        assertThat(result.missing().get(0).repository()).isEqualTo("https://github.com/zeta/zeta-serve");
        assertThat(result.covered()).as("vLLM by repository, MLflow by alias, CVAT inside brackets, Langfuse by name").isEqualTo(4);
        assertThat(result.listed()).isEqualTo(6);
    }

    @Test
    void aFileThatIsNeitherALandscapeNorMarkdownIsRefusedWithItsName() {
        assertThatThrownBy(() -> ListFiles.landscape("notes.yml", "title: hello\n"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("notes.yml:1: field 'categories'");
    }
}
