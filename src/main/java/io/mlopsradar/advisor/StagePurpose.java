package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Tool;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue tags that mark a tool as made for a lifecycle stage, as opposed to merely touching it: a vector
 * database lists "operate and serve", but a tool tagged {@code serving} is made for it.
 */
final class StagePurpose {
    static final Map<String, List<String>> TAGS = Map.ofEntries(
            Map.entry("plan-code", List.of("framework", "ide")),
            Map.entry("build-package", List.of("containers", "packaging", "ci-cd")),
            Map.entry("test-ci", List.of("ci-cd", "testing", "data-quality")),
            Map.entry("release-deploy", List.of("gitops", "ci-cd", "serving")),
            Map.entry("operate-serve", List.of("serving", "inference")),
            Map.entry("monitor", List.of("monitoring", "observability", "data-quality")),
            Map.entry("data-collect-version", List.of("versioning", "table-format", "etl")),
            Map.entry("label-annotate", List.of("labelling")),
            Map.entry("explore-notebook", List.of("notebook")),
            Map.entry("feature-engineer", List.of("feature-store", "etl")),
            Map.entry("train-tune", List.of("tuning", "training", "distributed")),
            Map.entry("track-evaluate", List.of("tracking", "explainability", "visualisation")),
            Map.entry("register-package-model", List.of("registry", "packaging")));

    private StagePurpose() {
    }

    /** The first tag that shows the tool is made for the stage, if any. */
    static Optional<String> madeFor(Tool tool, String stage) {
        return TAGS.getOrDefault(stage, List.of()).stream().filter(tool.tags()::contains).findFirst();
    }
}
