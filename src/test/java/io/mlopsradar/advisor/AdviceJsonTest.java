package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Relations;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.text.GoldenJson;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AdviceJsonTest {
    /** Candidates enough for options, why-nots and build-or-buy calls, few enough that the expected files stay readable. */
    static final List<String> CANDIDATES = List.of("mlflow", "wandb", "clearml", "dvc", "optuna", "kubeflow", "kserve",
            "bentoml", "seldon-core", "evidently", "great-expectations", "feast", "label-studio", "airflow",
            "argo-workflows", "ray", "prometheus", "langfuse", "kedro", "argo-cd", "qdrant", "faiss", "langsmith", "phoenix",
            "litellm");
    static final String LLM_START_UP = """
            name: Parley AI
            clouds: [aws]
            team: { researchers: 1, engineers: 4 }
            stack: [LangChain, GitHub, Docker]
            pains: [llm-observability, vector-search, llm-gateway, monitor]
            """;

    static Stream<Arguments> profiles() {
        return Stream.of(Arguments.of("consultancy-aws", Profiles.CONSULTANCY_AWS),
                Arguments.of("platform-company", Profiles.PLATFORM_COMPANY),
                Arguments.of("open-source-regulated", Profiles.OPEN_SOURCE_REGULATED),
                Arguments.of("research-lab", Profiles.RESEARCH_LAB),
                Arguments.of("platform-trial", Profiles.PLATFORM_TRIAL),
                Arguments.of("llm-start-up", LLM_START_UP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void theAdviceReportKeepsItsDocumentedJsonShapeKeyForKey(String name, String yaml) {
        Profile profile = Profiles.parse(yaml);
        var ids = new LinkedHashSet<>(CANDIDATES);
        ids.addAll(profile.stack());
        profile.trials().forEach(t -> ids.add(t.tool()));
        Catalog bundled = Catalog.bundled();
        var small = new Catalog(ids.stream().map(bundled::get).toList());
        Advice advice = new Advisor(Framework.bundled(), small, Relations.bundled(), Profiles.DAY).advise(profile);
        GoldenJson.assertMatches(AdviceJson.of(advice), "advisor/json/" + name + ".json");
    }
}
