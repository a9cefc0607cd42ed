package io.mlopsradar.formats.landscape;

import io.mlopsradar.catalog.Fact;
import io.mlopsradar.catalog.Provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Community;
import io.mlopsradar.catalog.Delivery;
import io.mlopsradar.catalog.Origin;
import io.mlopsradar.catalog.Status;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.formats.Fixtures;
import io.mlopsradar.formats.Mapping;
import io.mlopsradar.formats.Problems;
import io.mlopsradar.landscape.Category;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.input.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LandscapeReaderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private final Catalog catalog = new Catalog(List.of(dvc()));

    @Test
    void legacyStyleIsReadAndKnownToolsAreFoundByName() {
        var result = new LandscapeReader(catalog, Mapping.resource("/formats/landscape/lfai-mapping.yaml", Framework.bundled()), TODAY)
                .read("landscape.yml", Fixtures.text("landscape/legacy.yml"));
        assertThat(result.alreadyKnown()).containsExactly("DVC");
        assertThat(result.ignored()).containsExactly("Some Company Inc.");
        assertThat(result.added()).singleElement().satisfies(quilt -> {
            assertThat(quilt.id()).isEqualTo("quilt-data");
            assertThat(quilt.category()).isEqualTo("data-version-control");
            assertThat(quilt.stages()).containsExactly("data-collect-version");
            assertThat(quilt.license()).isEqualTo("Apache-2.0");
            assertThat(quilt.firstRelease()).isEqualTo(2019);
            assertThat(quilt.steward()).isEqualTo("quiltdata");
            assertThat(quilt.delivery()).isEqualTo(Delivery.OPEN_SOURCE);
            assertThat(quilt.origin()).isEqualTo(Origin.COMMUNITY);
            assertThat(quilt.community()).isEqualTo(Community.SMALL);
            assertThat(quilt.provenance(Fact.LICENSE)).hasValue(new Provenance("landscape.yml", TODAY));
            assertThat(quilt.description()).startsWith("Quilt versions data sets in S3.").doesNotContain("<", "alert")
                    .contains("Imported from landscape.yml, listed under Data / Versioning");
        });
    }

    @Test
    void anUnmappedSubcategoryIsReportedWithItsLineNotGuessed() {
        var result = new LandscapeReader(catalog, Mapping.resource("/formats/landscape/lfai-mapping.yaml", Framework.bundled()), TODAY)
                .read("landscape.yml", Fixtures.text("landscape/legacy.yml"));
        assertThat(result.unmapped()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(25);
            assertThat(p.message()).contains("'Data / Crystal Balls'", "Oracle of Delphi");
        });
    }

    @Test
    void landscape2StyleIsReadWithExplicitDefaultsForMissingFacts() {
        var result = new LandscapeReader(catalog, Mapping.resource("/formats/landscape/cncf-mapping.yaml", Framework.bundled()), TODAY)
                .read("data.yml", Fixtures.text("landscape/landscape2.yml"));
        assertThat(result.added()).extracting(Tool::id).containsExactly("argo", "old-pipeline", "prometheus");
        Tool argo = result.added().get(0);
        assertThat(argo.category()).isEqualTo("ci-cd-pipelines");
        assertThat(argo.otherCategories()).containsExactly("common-swe-stack");
        assertThat(argo.firstRelease()).isEqualTo(2020);
        Tool old = result.added().get(1);
        assertThat(old.license()).isEqualTo("NOASSERTION");
        assertThat(old.status()).isEqualTo(Status.DISCONTINUED);
        assertThat(old.delivery()).isEqualTo(Delivery.SAAS);
        assertThat(old.steward()).isEqualTo("old-pipeline.example");
        assertThat(old.firstRelease()).as("unknown, not made up").isNull();
        assertThat(old.description()).contains("gives no description");
        assertThat(result.added().get(2).category()).isEqualTo("common-swe-stack");
    }

    @Test
    void coverageCountsTheItemsAMappingPlacesOnACategory() {
        String file = Fixtures.text("landscape/legacy.yml");
        var lfai = new LandscapeReader(catalog, Mapping.resource("/formats/landscape/lfai-mapping.yaml", Framework.bundled()), TODAY);
        var cncf = new LandscapeReader(catalog, Mapping.resource("/formats/landscape/cncf-mapping.yaml", Framework.bundled()), TODAY);

        assertThat(lfai.coverage("landscape.yml", file)).isEqualTo(new MappingCoverage(2, 4));
        assertThat(cncf.coverage("landscape.yml", file).fits()).isFalse();
    }

    @Test
    void withoutAMappingEveryItemIsReportedAsUnmapped() {
        var result = new LandscapeReader(catalog, Mapping.empty(), TODAY).read("data.yml", Fixtures.text("landscape/landscape2.yml"));
        assertThat(result.added()).isEmpty();
        assertThat(result.unmapped()).extracting(Problem::line).containsExactly(6, 17, 25);
    }

    @Test
    void anItemWithoutNameIsAnErrorNamingItsLine() {
        var problems = Problems.of(() -> new LandscapeReader(catalog, Mapping.empty(), TODAY).read("bad.yml", """
                categories:
                  - name: Data
                    subcategories:
                      - name: Versioning
                        items:
                          - homepage_url: https://example.org
                """));
        assertThat(problems).singleElement().extracting(Problem::line, Problem::field).containsExactly(6, "name");
    }

    @Test
    void shippedMappingsOnlyNameKnownCategories() {
        var ids = Framework.bundled().categories().stream().map(Category::id).toList();
        for (String name : List.of("lfai", "cncf")) {
            var mapping = Mapping.resource("/formats/landscape/" + name + "-mapping.yaml", Framework.bundled());
            assertThat(mapping.categories().values()).allMatch(v -> ids.contains(v) || v.equals(Mapping.IGNORE));
        }
        var lfai = Mapping.resource("/formats/landscape/lfai-mapping.yaml", Framework.bundled());
        assertThat(lfai.category("machine learning/framework")).contains("single-component-ml-tools");
        assertThat(lfai.category("Data / Versioning")).contains("data-version-control");
    }

    @Test
    void aMappingToAnUnknownCategoryIsAnErrorNamingTheLine() {
        var problems = Problems.of(() -> Mapping.read("m.yaml", "categories:\n  Data / Versioning: data-versioning\n", Framework.bundled()));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("unknown category id 'data-versioning'");
        });
    }

    private static Tool dvc() {
        return new Tool("dvc", "DVC", List.of("data version control"), "https://dvc.org", null, "Apache-2.0", Delivery.OPEN_SOURCE,
                "iterative", 2017, "data-version-control", List.of(), List.of("data-collect-version"), "data-versioning", List.of(), List.of(), Origin.STARTUP,
                Community.STRONG, null, Status.ACTIVE, null, List.of(), List.of(), "Versions data.", null, null, java.util.Map.of(), null);
    }

    @Test
    void linksThatAreNotHttpAreDroppedAndReportedAndNeverStored() {
        String file = """
                categories:
                  - name: Machine Learning
                    subcategories:
                      - name: Framework
                        items:
                          - name: Sneaky
                            homepage_url: javascript:alert(document.cookie)
                            repo_url: https://github.com/example/sneaky
                          - name: Sneakier
                            homepage_url: https://sneakier.example.org/
                            repo_url: "data:text/html,<script>alert(1)</script>"
                """;
        var result = new LandscapeReader(catalog, Mapping.resource("/formats/landscape/lfai-mapping.yaml", Framework.bundled()), TODAY).read("l.yml", file);
        assertThat(result.added()).extracting(Tool::homepage).containsExactly("https://github.com/example/sneaky", "https://sneakier.example.org/");
        assertThat(result.added()).extracting(Tool::repository).containsExactly("https://github.com/example/sneaky", null);
        assertThat(result.droppedLinks()).extracting(Problem::line, Problem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6, "homepage_url"), org.assertj.core.groups.Tuple.tuple(9, "repo_url"));
    }
}
