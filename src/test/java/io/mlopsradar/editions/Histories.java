package io.mlopsradar.editions;

import java.time.LocalDate;
import java.util.List;

/** A five-edition history with moves, removals, returns and a draft in the middle, shared by tests. */
public final class Histories {
    public static final Radar RADAR = new Radar("mlops", "MLOps Radar",
            List.of("Cloud Platforms", "ML Platforms", "Specialized ML Tools", "Standard SWE Tools"),
            List.of("Adopt", "Trial", "Assess", "Hold"));
    public static final LocalDate JAN = LocalDate.of(2024, 1, 1);
    public static final LocalDate APR = LocalDate.of(2024, 4, 1);
    public static final LocalDate JUL = LocalDate.of(2024, 7, 1);
    public static final LocalDate OCT = LocalDate.of(2024, 10, 1);
    public static final LocalDate NEXT_JAN = LocalDate.of(2025, 1, 1);

    private Histories() {
    }

    public static Blip mlflow(String ring) {
        return new Blip("mlflow", "MLflow", ring, "ML Platforms", "Tracks runs; <em>widely used</em>.");
    }

    public static Blip dvc(String ring) {
        return new Blip("dvc", "DVC", ring, "Specialized ML Tools", null);
    }

    public static Blip airflow(String ring) {
        return new Blip("airflow", "Apache Airflow", ring, "Standard SWE Tools", "Schedules **any** task.");
    }

    public static Blip kubeflow(String ring) {
        return new Blip("kubeflow", "Kubeflow", ring, "ML Platforms", null);
    }

    public static Blip optuna(String ring) {
        return new Blip("optuna", "Optuna", ring, "Specialized ML Tools", "Tuning, with \"quotes\", commas, and\nlines.");
    }

    public static History fiveEditions() {
        return new History(RADAR, List.of(
                Edition.published(OCT, List.of(mlflow("Adopt"), dvc("Assess"), airflow("Trial"), optuna("Assess"))),
                Edition.published(JAN, List.of(mlflow("Assess"), dvc("Trial"), airflow("Adopt"), kubeflow("Hold"))),
                Edition.published(APR, List.of(mlflow("Trial"), dvc("Trial"), kubeflow("Assess"), optuna("Assess"))),
                Edition.draft(JUL, List.of(mlflow("Trial"), airflow("Hold"))),
                Edition.published(NEXT_JAN, List.of(mlflow("Adopt"), airflow("Trial"), optuna("Assess"), kubeflow("Hold")))));
    }

    /** Four published editions without removals, the shape every history format can express. */
    public static History withoutRemovals() {
        return new History(RADAR, List.of(
                Edition.published(JAN, List.of(mlflow("Assess"), dvc("Trial"), airflow("Adopt"), kubeflow("Hold"))),
                Edition.published(APR, List.of(mlflow("Trial"), dvc("Trial"), airflow("Adopt"), kubeflow("Assess"), optuna("Assess"))),
                Edition.published(OCT, List.of(mlflow("Adopt"), dvc("Assess"), airflow("Adopt"), kubeflow("Assess"), optuna("Assess"))),
                Edition.published(NEXT_JAN, List.of(mlflow("Adopt"), dvc("Assess"), airflow("Trial"), kubeflow("Hold"), optuna("Trial")))));
    }
}
