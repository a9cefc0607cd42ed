package io.mlopsradar.proposals;

import java.util.Locale;
import java.util.NoSuchElementException;

/** What a proposal changes on a radar. */
public enum ProposalKind {
    ADD, MOVE, REMOVE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProposalKind of(String id) {
        for (ProposalKind k : values()) if (k.name().equalsIgnoreCase(id == null ? "" : id.strip())) return k;
        throw new NoSuchElementException("unknown proposal kind '" + id + "'; known: add, move, remove");
    }
}
