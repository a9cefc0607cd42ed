package io.mlopsradar.proposals;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A proposal as the API answers it, the webhook announces it and the audit trail keeps it: snake_case keys, the blip
 * key as {@code tool}, kind and status by id, times as ISO text, absent values as null.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProposalJson(long id, String radar, String kind, String tool, String name, String ring, String segment,
                           String rationale, String author, String status, String decisionNote, String decidedBy,
                           String createdAt, String decidedAt, int version) {

    public static ProposalJson of(Proposal p) {
        return new ProposalJson(p.id(), p.radar(), p.kind().id(), p.blipKey(), p.blipName(), p.ring(), p.segment(),
                p.rationale(), p.author(), p.status().id(), p.decisionNote(), p.decidedBy(), text(p.createdAt()),
                text(p.decidedAt()), p.version());
    }

    private static String text(Object time) {
        return time == null ? null : time.toString();
    }
}
