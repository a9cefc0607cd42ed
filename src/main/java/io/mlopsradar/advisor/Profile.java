package io.mlopsradar.advisor;

import io.mlopsradar.rings.TrialOutcome;
import java.util.List;
import java.util.Set;

/**
 * One organisation as the advisor meets it: clouds, team, the tools it already runs (catalogue ids), the lifecycle
 * stages that hurt (stage ids), its constraints and what it learnt from trying tools.
 */
public record Profile(String name, Set<String> clouds, boolean mlopsCoreBusiness, Team team, List<String> stack,
                      List<String> pains, Constraints constraints, List<Trial> trials) {

    public Profile {
        clouds = Set.copyOf(clouds);
        stack = List.copyOf(stack);
        pains = List.copyOf(pains);
        trials = List.copyOf(trials);
    }

    /** Head counts of the people who build and ship models. */
    public record Team(int researchers, int engineers, int mlEngineers) {

        /** People who can run services and pipelines: engineers and ML engineers. */
        public int operators() {
            return engineers + mlEngineers;
        }
    }

    /** What the organisation may not or cannot take on. */
    public record Constraints(boolean openSourceOnly, boolean selfHostedOnly, Budget budget, boolean regulated) {

        public static Constraints none() {
            return new Constraints(false, false, Budget.MEDIUM, false);
        }
    }

    /** How much the organisation can spend on licences and managed services. */
    public enum Budget { LOW, MEDIUM, HIGH }

    /** The organisation tried a tool (catalogue id) on one project. */
    public record Trial(String tool, TrialOutcome outcome) {
    }
}
