package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Relations;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.landscape.Framework;

/** Test helpers: read a profile from YAML text and advise it with the bundled catalogue on a fixed day. */
final class Profiles {
    static final int YEAR = 2026;
    static final java.time.LocalDate DAY = java.time.LocalDate.of(2026, 11, 28);

    private Profiles() {
    }

    static Profile parse(String yaml) {
        return new ProfileReader(Framework.bundled(), Catalog.bundled()).parse("profile.yaml", yaml);
    }

    static Advice advise(String yaml) {
        return new Advisor(Framework.bundled(), Catalog.bundled(), Relations.bundled(), DAY).advise(parse(yaml));
    }

    static final String CONSULTANCY_AWS = """
            name: Acme Analytics
            clouds: [aws]
            mlops_core_business: false
            team: { researchers: 6, engineers: 10, ml_engineers: 1 }
            stack: [GitHub Actions, Kubernetes, Jupyter, SageMaker]
            pains: [train-tune, release-deploy, monitor]
            constraints: { open_source_only: false, self_hosted_only: false, budget: medium, regulated: false }
            trials:
              - { tool: Kedro, project_size: fair, outcome: success }
            """;

    static final String PLATFORM_COMPANY = """
            name: Pipelines Inc
            clouds: [gcp]
            mlops_core_business: true
            team: { researchers: 2, engineers: 25, ml_engineers: 8 }
            stack: [GitLab, Kubernetes, Argo Workflows, BigQuery, Cloud Run]
            pains: [train-tune, operate-serve, plan-code]
            """;

    static final String OPEN_SOURCE_REGULATED = """
            name: St. Olaf Clinical AI
            clouds: []
            team: { researchers: 4, engineers: 3, ml_engineers: 1 }
            stack: [Git, GitLab CI/CD, Docker, Kubernetes, JupyterHub, DVC]
            pains: [track-evaluate, register-package-model, operate-serve, monitor, label-annotate]
            constraints: { open_source_only: true, self_hosted_only: true, budget: low, regulated: true }
            """;

    static final String RESEARCH_LAB = """
            name: Deep Thought Lab
            team: { researchers: 5, engineers: 0, ml_engineers: 0 }
            stack: [Jupyter, Weights & Biases, Optuna, DVC]
            pains: [release-deploy, operate-serve, monitor]
            """;

    static final String PLATFORM_TRIAL = """
            name: Trialists
            clouds: [azure]
            team: { researchers: 3, engineers: 4 }
            stack: [GitHub, GitHub Actions]
            pains: [track-evaluate]
            trials:
              - { tool: ClearML, project_size: large, outcome: success }
            """;
}
