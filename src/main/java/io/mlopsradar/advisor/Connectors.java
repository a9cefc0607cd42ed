package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Tool;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The connectors worth building between a chosen tool and the stack: the glue that fits the business. */
final class Connectors {
    static final int MAX = 4;

    /** A kind of glue: what the chosen tool does, what the stack tool does, and what the connector achieves. */
    private record Glue(Predicate<Tool> chosen, Predicate<Tool> existing, String purpose) {
    }

    private static final List<Glue> GLUE = List.of(
            new Glue(covers("track-evaluate", "register-package-model"), ci(), "log runs and register models from CI"),
            new Glue(covers("release-deploy", "operate-serve"), covers("register-package-model"), "deploy the approved model version from the registry"),
            new Glue(covers("register-package-model"), covers("release-deploy", "operate-serve"), "promote registered models into deployment"),
            new Glue(covers("monitor"), covers("operate-serve"), "stream production predictions and outcomes into monitoring"),
            new Glue(covers("monitor"), tagged("monitoring"), "raise model-quality alerts on your existing dashboards"),
            new Glue(covers("monitor"), covers("data-collect-version"), "feed drifted production data back as new training data"),
            new Glue(covers("train-tune"), tagged("kubernetes").or(named("kubernetes")), "run training and tuning jobs on the cluster"),
            new Glue(covers("train-tune", "track-evaluate"), tagged("notebook"), "log experiments straight from notebooks"),
            new Glue(covers("train-tune"), tagged("tracking"), "report every run's parameters and metrics"),
            new Glue(covers("release-deploy", "operate-serve"), ci(), "build and deploy the model service on every merge"),
            new Glue(covers("data-collect-version"), tagged("orchestration"), "version the data of every pipeline run"),
            new Glue(covers("feature-engineer"), covers("operate-serve"), "serve features to models online"),
            new Glue(covers("label-annotate"), covers("data-collect-version"), "version labelled data sets"),
            new Glue(covers("test-ci", "build-package"), covers("train-tune", "track-evaluate"), "retrain and evaluate models in the pipeline"),
            new Glue(covers("explore-notebook"), tagged("versioning"), "commit notebooks for review"),
            new Glue(covers("plan-code"), covers("train-tune"), "turn project code into training jobs"));

    private Connectors() {
    }

    static List<BuildOrBuy.Connector> between(Tool chosen, List<Tool> stack) {
        var out = new ArrayList<BuildOrBuy.Connector>();
        for (Tool existing : stack) {
            glue(chosen, existing).ifPresent(g -> out.add(new BuildOrBuy.Connector(chosen.name(), existing.name(), g.purpose())));
            if (out.size() == MAX) break;
        }
        return out;
    }

    private static Optional<Glue> glue(Tool chosen, Tool existing) {
        return GLUE.stream().filter(g -> g.chosen().test(chosen) && g.existing().test(existing)).findFirst();
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
