package io.mlopsradar.advisor;

import java.util.List;

/** The build-or-buy call for one need (a stage that hurts), why, and the glue worth building around the choice. */
public record BuildOrBuyCall(String stage, String need, Decision decision, String choice, String why,
                         List<Connector> connectors) {

    public BuildOrBuyCall {
        connectors = List.copyOf(connectors);
    }

    /** Buy by default; build only where MLOps is the organisation's business. */
    public enum Decision {
        BUY, BUILD;

        public String id() {
            return name().toLowerCase();
        }
    }

    /** Glue worth building between a chosen tool and one the organisation already runs. */
    public record Connector(String from, String to, String purpose) {

        @Override
        public String toString() {
            return from + " ↔ " + to + ": " + purpose;
        }
    }
}
