package io.mlopsradar.proposals;

import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.Radar;
import java.time.LocalDate;

/**
 * A proposal as someone submits it, before it is stored: checked against the radar's next draft so that only a
 * change that can apply is accepted (the ring and segment are resolved to the radar's own spelling).
 */
public record NewProposal(ProposalKind kind, String blipKey, String blipName, String ring, String segment, String rationale) {
    public static final int MAX_RATIONALE = 20_000;

    /** This proposal checked against the radar; {@link IllegalArgumentException} says what is wrong. */
    public NewProposal checked(History history, LocalDate today) {
        Radar radar = history.radar();
        require(rationale != null && !rationale.isBlank(), "a proposal needs a rationale");
        require(rationale.length() <= MAX_RATIONALE, "the rationale is longer than " + MAX_RATIONALE + " characters");
        require(blipKey != null && !blipKey.isBlank() && blipName != null && !blipName.isBlank(), "a proposal needs a tool");
        Edition draft = Draft.next(history, today);
        var current = draft.blip(blipKey);
        String ringName = kind == ProposalKind.REMOVE ? null : ring(radar);
        String segmentName = null;
        switch (kind) {
            case ADD -> {
                require(current.isEmpty(), "'" + blipName + "' is already on radar '" + radar.name() + "'; propose to move it");
                require(segment != null && radar.hasSegment(segment), "adding needs a segment of radar '" + radar.name()
                        + "': " + String.join(", ", radar.segments()));
                segmentName = radar.segments().get(radar.segmentIndex(segment));
            }
            case MOVE -> {
                require(current.isPresent(), "'" + blipName + "' is not on radar '" + radar.name() + "'; propose to add it");
                require(!current.get().ring().equalsIgnoreCase(ringName), "'" + blipName + "' is already in " + ringName);
                segmentName = current.get().segment();
            }
            case REMOVE -> require(current.isPresent(), "'" + blipName + "' is not on radar '" + radar.name() + "'");
        }
        String name = current.map(Blip::name).orElse(blipName.strip());
        return new NewProposal(kind, blipKey, name, ringName, segmentName, rationale.strip());
    }

    private String ring(Radar radar) {
        require(ring != null && radar.hasRing(ring), "choose a ring of radar '" + radar.name() + "': " + String.join(", ", radar.rings()));
        return radar.rings().get(radar.ringIndex(ring));
    }

    private static void require(boolean ok, String message) {
        if (!ok) throw new IllegalArgumentException(message);
    }
}
