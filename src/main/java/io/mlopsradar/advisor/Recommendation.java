package io.mlopsradar.advisor;

import java.util.List;

/**
 * For one need (a lifecycle stage or a capability) that hurts: what already covers it, two or three ranked options
 * with the capability each is for and its scored reasons, and the well-known tools not offered with the reason why.
 */
public record Recommendation(String need, String needName, boolean stageNeed, List<String> coveredBy, String note,
                             List<Option> options, List<Rejection> whyNot) {

    public Recommendation {
        coveredBy = List.copyOf(coveredBy);
        options = List.copyOf(options);
        whyNot = List.copyOf(whyNot);
    }

    /**
     * One recommended tool: the capability it is offered for, its ring, its score as the sum of named components,
     * the sentences behind them (and notes that carry no points), and the price of choosing it.
     */
    public record Option(String id, String name, String capability, String capabilityName, String ring, double score,
                         List<ScoreComponent> components, List<String> notes, String tradeOff) {

        public Option {
            components = List.copyOf(components);
            notes = List.copyOf(notes);
        }

        /** Every sentence behind the option: one per score component, then the notes. */
        public List<String> why() {
            var all = new java.util.ArrayList<String>();
            components.forEach(c -> all.add(c.text()));
            all.addAll(notes);
            return all;
        }

        Option withNote(String note) {
            var more = new java.util.ArrayList<>(notes);
            more.add(note);
            return new Option(id, name, capability, capabilityName, ring, score, components, more, tradeOff);
        }
    }
}
