package io.mlopsradar.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlopsradar.rings.TrialOutcome;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileReaderTest {

    private static List<Problem> problems(String yaml) {
        try {
            Profiles.parse(yaml);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected the profile to be rejected");
    }

    @Test
    void readsEveryFieldAndFindsToolsAndStagesByNameInAnyCase() {
        Profile p = Profiles.parse(Profiles.CONSULTANCY_AWS.replace("pains: [train-tune,", "pains: [Train and tune,")
                .replace("Jupyter,", "JUPYTER,"));
        assertThat(p.name()).isEqualTo("Acme Analytics");
        assertThat(p.clouds()).containsExactly("aws");
        assertThat(p.team()).isEqualTo(new Profile.Team(6, 10, 1));
        assertThat(p.stack()).containsExactly("github-actions", "kubernetes", "jupyter", "sagemaker");
        assertThat(p.pains()).containsExactly("train-tune", "release-deploy", "monitor");
        assertThat(p.constraints()).isEqualTo(new Profile.Constraints(false, false, Profile.Budget.MEDIUM, false));
        assertThat(p.trials()).containsExactly(new Profile.Trial("kedro",
                new TrialOutcome(TrialOutcome.Size.FAIR, TrialOutcome.Result.SUCCESS)));
    }

    @Test
    void anUnknownToolIsReportedWithFileLineFieldAndSuggestions() {
        assertThatThrownBy(() -> Profiles.parse("name: X\nstack:\n  - Git\n  - Kubeflw\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("profile.yaml:4: field 'stack': unknown tool 'Kubeflw'; did you mean: Kubeflow?");
    }

    @Test
    void anUnknownTrialToolNamesTheTrialEntry() {
        List<Problem> problems = problems("name: X\ntrials:\n  - { tool: Kedor, project_size: fair, outcome: success }\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("trials[0].tool");
            assertThat(p.message()).contains("unknown tool 'Kedor'", "Kedro");
        });
    }

    @Test
    void reportsEveryProblemInOnePass() {
        List<Problem> problems = problems("""
                clouds: [aws, hetzner]
                team: { researchers: -2, engineers: many }
                pains: [training]
                constraints: { budget: huge, open_source_only: perhaps }
                trials:
                  - { tool: MLflow, project_size: giant, outcome: meh }
                colour: blue
                """);
        assertThat(problems).extracting(Problem::field).containsExactlyInAnyOrder("name", "clouds", "team.researchers",
                "team.engineers", "pains", "constraints.budget", "constraints.open_source_only",
                "trials[0].project_size", "trials[0].outcome", "colour");
        assertThat(problems).filteredOn(p -> p.field().equals("clouds")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("unknown cloud 'hetzner'", "aws, azure"));
        assertThat(problems).filteredOn(p -> p.field().equals("team.researchers")).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(2));
        assertThat(problems).filteredOn(p -> p.field().equals("pains")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("unknown lifecycle stage or capability 'training'", "train-tune", "experiment-tracking"));
        assertThat(problems).filteredOn(p -> p.field().equals("colour")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("unknown field"));
    }

    @Test
    void missingOptionalSectionsTakeSafeDefaults() {
        Profile p = Profiles.parse("name: Solo\n");
        assertThat(p.clouds()).isEmpty();
        assertThat(p.stack()).isEmpty();
        assertThat(p.team().operators()).isZero();
        assertThat(p.constraints()).isEqualTo(Profile.Constraints.none());
        assertThat(p.mlopsCoreBusiness()).isFalse();
    }
}
