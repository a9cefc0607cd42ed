package io.mlopsradar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlopsradar.landscape.Framework;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogTest {
    final Catalog catalog = Catalog.bundled();

    static final List<String> ESSAY_TOOLS = List.of("AWS", "GCP", "Azure", "Heroku", "DigitalOcean", "SageMaker",
            "Google AI Platform", "Vertex AI", "Azure ML", "Cloudera", "Paperspace CORE", "Paperspace Gradient",
            "FloydHub", "Domino", "Valohai", "DAGsHub", "ClearML", "Polyaxon", "Kedro", "MLflow", "Metaflow", "Flyte",
            "Kubeflow", "Katib", "KFServing", "KServe", "Kubeflow Pipelines", "Teachable Machine", "Comet",
            "Weights & Biases", "DVC", "Pachyderm", "Optuna", "Prodigy", "Deepnote", "Dagster", "Airflow", "Luigi",
            "Tekton", "Argo", "Jenkins X", "Docker", "Kubernetes", "Git", "BigQuery", "Fargate", "Cloud Run");

    @Test
    void bundledCatalogueHoldsAtLeast150Tools() {
        assertThat(catalog.size()).isGreaterThanOrEqualTo(150);
    }

    @Test
    void everyToolTheEssayNamesIsInTheCatalogue() {
        var missing = ESSAY_TOOLS.stream().filter(n -> catalog.find(n).isEmpty()).toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void everyCategoryHasTools() {
        var used = catalog.tools().stream().map(Tool::category).collect(Collectors.toSet());
        assertThat(used).containsAll(Framework.bundled().categories().stream().map(c -> c.id()).toList());
    }

    @Test
    void aToolIsFoundByIdNameOrAliasInAnyCase() {
        assertThat(catalog.get("mlflow").name()).isEqualTo("MLflow");
        assertThat(catalog.get("MLFLOW").id()).isEqualTo("mlflow");
        assertThat(catalog.get("wandb").name()).isEqualTo("Weights & Biases");
        assertThat(catalog.get("weights & biases").id()).isEqualTo(catalog.get("wandb").id());
    }

    @Test
    void anUnknownToolSuggestsTheClosestNames() {
        assertThatThrownBy(() -> catalog.get("mlfow"))
                .isInstanceOf(UnknownToolException.class)
                .hasMessageContaining("unknown tool 'mlfow'")
                .satisfies(e -> assertThat(((UnknownToolException) e).suggestions()).first().isEqualTo("MLflow"));
    }

    @Test
    void everyStarCountHasItsSourceAndDate() {
        for (Tool t : catalog.tools()) {
            assertThat(t.description()).as(t.id()).isNotBlank();
            if (t.githubStars() != null) assertThat(t.provenance(Fact.GITHUB_STARS)).as(t.id()).isPresent();
            if (t.status() == Status.SUPERSEDED) assertThat(catalog.find(t.supersededBy())).as(t.id()).isPresent();
        }
    }
}
