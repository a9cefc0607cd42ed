package io.mlopsradar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Problem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelationsTest {
    static final Set<String> IDS = Set.of("ray", "ray-tune", "mlflow", "wandb", "kfserving", "kserve");

    @Test
    void readsEachTypeAndGroupsThemFromEitherSide() {
        var relations = new Relations(Relations.read("r.yaml", """
                relations:
                  - {from: ray-tune, type: part-of, to: ray, source: "https://docs.ray.io/"}
                  - {from: mlflow, type: alternative-to, to: wandb, source: "mlops.toys"}
                  - {from: kfserving, type: replaced-by, to: kserve, source: "https://kserve.github.io/"}
                  - {from: ray-tune, type: works-with, to: wandb, source: "https://docs.wandb.ai/"}
                """, IDS));
        assertThat(relations.grouped("ray")).containsEntry("has part", List.of("ray-tune"));
        assertThat(relations.grouped("ray-tune")).containsEntry("part of", List.of("ray"))
                .containsEntry("works with", List.of("wandb"));
        assertThat(relations.grouped("wandb")).containsEntry("alternative to", List.of("mlflow"));
        assertThat(relations.grouped("kserve")).containsEntry("replaces", List.of("kfserving"));
        assertThat(relations.successor("kfserving")).contains("kserve");
        assertThat(relations.product("ray-tune")).isEqualTo("ray");
        assertThat(relations.related("wandb", RelationType.ALTERNATIVE_TO, "mlflow")).isTrue();
        assertThat(relations.neighbours("wandb")).containsExactly("mlflow", "ray-tune");
    }

    @Test
    void reportsUnknownToolTypeAndMissingSourceWithFileLineAndField() {
        assertThatThrownBy(() -> Relations.read("relations.yaml", """
                relations:
                  - {from: ray-tune, type: part-of, to: ray, source: "https://docs.ray.io/"}
                  - {from: raytune, type: part-of, to: ray, source: "https://docs.ray.io/"}
                  - {from: mlflow, type: rival-of, to: wandb, source: "mlops.toys"}
                  - {from: mlflow, type: works-with, to: ray}
                  - {from: wandb, type: alternative-to, to: mlflow, source: "again"}
                """, IDS))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::toString).containsExactly(
                        "relations.yaml:3: field 'relations[1].from': unknown tool id 'raytune'",
                        "relations.yaml:4: field 'relations[2].type': 'rival-of' is not one of alternative-to, part-of, replaced-by, works-with",
                        "relations.yaml:5: field 'relations[3].source': missing required field"));
    }

    @Test
    void aRelationListedTwiceEitherWayRoundIsRejected() {
        assertThatThrownBy(() -> Relations.read("r.yaml", """
                relations:
                  - {from: mlflow, type: alternative-to, to: wandb, source: "mlops.toys"}
                  - {from: wandb, type: alternative-to, to: mlflow, source: "again"}
                """, IDS)).hasMessageContaining("r.yaml:3: field 'relations[1].to': the same relation is listed twice");
    }

    @Test
    void theBundledRelationsNameOnlyCatalogueTools() {
        var relations = Relations.bundled();
        var ids = Catalog.bundled().tools().stream().map(Tool::id).toList();
        assertThat(relations.all()).isNotEmpty().allSatisfy(r -> assertThat(ids).contains(r.from(), r.to()));
        assertThat(relations.product("katib")).isEqualTo("kubeflow");
    }
}
