package io.mlopsradar.advisor;

import java.util.List;

/** For one lifecycle stage that hurts: what already covers it, and two or three ranked options with reasons. */
public record Recommendation(String stage, String stageName, List<String> coveredBy, String note, List<Option> options) {

    public Recommendation {
        coveredBy = List.copyOf(coveredBy);
        options = List.copyOf(options);
    }

    /** One recommended tool: its ring, its score, why it fits this organisation, and the price of choosing it. */
    public record Option(String id, String name, String ring, double score, List<String> why, String tradeOff) {

        public Option {
            why = List.copyOf(why);
        }
    }
}
