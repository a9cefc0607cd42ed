package io.mlopsradar.proposals;

import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import java.time.OffsetDateTime;

/**
 * A proposed change to one blip of a radar with its Markdown rationale; ring and segment are null for a removal.
 * The version grows with every change to the proposal itself (its decision), for optimistic locking.
 */
public record Proposal(long id, String radar, ProposalKind kind, String blipKey, String blipName, String ring, String segment,
                       String rationale, String author, ProposalStatus status, String decisionNote, String decidedBy,
                       OffsetDateTime createdAt, OffsetDateTime decidedAt, int version) {

    public boolean isOpen() {
        return status == ProposalStatus.OPEN;
    }

    /**
     * The draft with this proposal applied; refused with {@link ProposalConflictException} when the draft no longer
     * allows it (the blip was added, moved or removed meanwhile).
     */
    public Edition applyTo(Edition draft) {
        var current = draft.blip(blipKey);
        return switch (kind) {
            case ADD -> {
                if (current.isPresent()) throw conflict("'" + blipName + "' is already on the draft edition");
                yield draft.withBlip(new Blip(blipKey, blipName, ring, segment, rationale));
            }
            case MOVE -> {
                Blip b = current.orElseThrow(() -> conflict("'" + blipName + "' is no longer on the draft edition"));
                yield draft.withBlip(new Blip(b.key(), b.name(), ring, b.segment(), rationale));
            }
            case REMOVE -> {
                if (current.isEmpty()) throw conflict("'" + blipName + "' is no longer on the draft edition");
                yield draft.withoutBlip(blipKey);
            }
        };
    }

    /** A one-line description, as lists and notifications show it. */
    public String summary() {
        return switch (kind) {
            case ADD -> "add " + blipName + " at " + ring;
            case MOVE -> "move " + blipName + " to " + ring;
            case REMOVE -> "remove " + blipName;
        };
    }

    private ProposalConflictException conflict(String message) {
        return new ProposalConflictException("proposal " + id + " cannot apply: " + message);
    }
}
