package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Tool;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The connectors worth building between a chosen tool and the stack: the glue that fits the business. */
final class Connectors {
    static final int MAX = 4;

    /** A kind of glue: the needs it serves, what the stack tool does, and what the connector achieves. */
    private record Glue(List<String> needs, Predicate<Tool> existing, String purpose) {
    }

    private static final List<String> TRACKING = List.of("track-evaluate", "register-package-model");
    private static final List<String> DEPLOYING = List.of("release-deploy", "operate-serve");

    private static final List<Glue> GLUE = List.of(
            new Glue(TRACKING, ci(), "log runs and register models from CI"),
            new Glue(TRACKING, tagged("notebook"), "log experiments straight from notebooks"),
            new Glue(List.of("register-package-model"), covers("release-deploy", "operate-serve"), "promote registered models into deployment"),
            new Glue(DEPLOYING, covers("register-package-model"), "deploy the approved model version from the registry"),
            new Glue(DEPLOYING, ci(), "build and deploy the model service on every merge"),
            new Glue(DEPLOYING, tagged("kubernetes").or(named("kubernetes")), "run model services on the cluster"),
            new Glue(List.of("monitor"), covers("operate-serve"), "stream production predictions and outcomes into monitoring"),
            new Glue(List.of("monitor"), tagged("monitoring"), "raise model-quality alerts on your existing dashboards"),
            new Glue(List.of("monitor"), covers("data-collect-version"), "feed drifted production data back as new training data"),
            new Glue(List.of("train-tune"), tagged("kubernetes").or(named("kubernetes")), "run training and tuning jobs on the cluster"),
            new Glue(List.of("train-tune"), tagged("tracking").or(covers("track-evaluate")), "report every run's parameters and metrics"),
            new Glue(List.of("train-tune"), tagged("notebook"), "launch training runs from notebooks"),
            new Glue(List.of("data-collect-version"), tagged("orchestration"), "version the data of every pipeline run"),
            new Glue(List.of("data-collect-version", "label-annotate"), covers("train-tune"), "train on a named data version"),
            new Glue(List.of("feature-engineer"), covers("operate-serve"), "serve features to models online"),
            new Glue(List.of("label-annotate"), covers("data-collect-version"), "version labelled data sets"),
            new Glue(List.of("test-ci", "build-package"), covers("train-tune", "track-evaluate"), "retrain and evaluate models in the pipeline"),
            new Glue(List.of("explore-notebook"), tagged("versioning"), "commit notebooks for review"),
            new Glue(List.of("plan-code"), covers("train-tune"), "turn project code into training jobs"));

    private Connectors() {
    }

    /** Connectors for one need (a stage id), at most one per stack tool, in stack order. */
    static List<BuildOrBuyCall.Connector> between(Tool chosen, String need, List<Tool> stack) {
        var out = new ArrayList<BuildOrBuyCall.Connector>();
        for (Tool existing : stack) {
            if (existing.id().equals(chosen.id())) continue;
            glue(need, existing).ifPresent(g -> out.add(new BuildOrBuyCall.Connector(chosen.name(), existing.name(), g.purpose())));
            if (out.size() == MAX) break;
        }
        return out;
    }

    private static Optional<Glue> glue(String need, Tool existing) {
        return GLUE.stream().filter(g -> g.needs().contains(need) && g.existing().test(existing)).findFirst();
    }

    private static Predicate<Tool> covers(String... stages) {
        return t -> List.of(stages).stream().anyMatch(t.stages()::contains);
    }

    private static Predicate<Tool> tagged(String tag) {
        return t -> t.tags().contains(tag);
    }

    private static Predicate<Tool> named(String id) {
        return t -> t.id().equals(id);
    }

    private static Predicate<Tool> ci() {
        return tagged("ci-cd").or(covers("test-ci"));
    }
}
