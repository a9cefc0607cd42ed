package io.mlopsradar.proposals;

/** A proposal (or a write about it) no longer fits the radar or the proposal as stored; nothing was changed. */
public class ProposalConflictException extends RuntimeException {
    public ProposalConflictException(String message) {
        super(message);
    }
}
