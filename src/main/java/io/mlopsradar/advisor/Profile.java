package io.mlopsradar.advisor;

import io.mlopsradar.rings.TrialOutcome;
import java.util.List;
import java.util.Set;

/**
 * One organisation as the advisor meets it: clouds, team, the tools it already runs (catalogue ids), what hurts (stage
 * ids or capability ids), its constraints and what it learnt from trying tools.
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

        /** More researchers than people who run services: notebook-friendly tools suit it best. */
        public boolean researcherHeavy() {
            return researchers > operators();
        }

        /** More people who run services than researchers: pipeline-first tools suit it best. */
        public boolean engineerHeavy() {
            return operators() > researchers;
        }
    }

    /**
     * What the organisation may not or cannot take on; {@code acceptKubernetes} says it is ready to run a Kubernetes
     * cluster for a tool that needs one, though it runs none today.
     */
    public record Constraints(boolean openSourceOnly, boolean selfHostedOnly, Budget budget, boolean regulated,
                              boolean acceptKubernetes) {

        public Constraints(boolean openSourceOnly, boolean selfHostedOnly, Budget budget, boolean regulated) {
            this(openSourceOnly, selfHostedOnly, budget, regulated, false);
        }

        public static Constraints none() {
            return new Constraints(false, false, Budget.MEDIUM, false, false);
        }
    }

    /** How much the organisation can spend on licences and managed services. */
    public enum Budget { LOW, MEDIUM, HIGH }

    /** The organisation tried a tool (catalogue id) on one project. */
    public record Trial(String tool, TrialOutcome outcome) {
    }
}
