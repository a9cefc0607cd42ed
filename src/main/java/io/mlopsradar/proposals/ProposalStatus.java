package io.mlopsradar.proposals;

import java.util.Locale;

/** Where a proposal stands: open for discussion until a curator accepts or rejects it. */
public enum ProposalStatus {
    OPEN, ACCEPTED, REJECTED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
