package io.mlopsradar.web;

import io.mlopsradar.catalog.Tool;
import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.DefaultRadar;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.BlipKeys;
import io.mlopsradar.proposals.Draft;
import io.mlopsradar.proposals.NewProposal;
import io.mlopsradar.proposals.ProposalKind;
import java.util.Optional;

/**
 * Reads a proposal from a form or JSON: the tool is found on the radar's next draft by key or name, else (on the
 * MLOps radar) in the catalogue, whose quadrant gives the segment; other radars take the segment given.
 */
final class ProposalForms {
    private ProposalForms() {
    }

    static NewProposal read(ServedData site, History history, Input in) {
        ProposalKind kind;
        try {
            kind = ProposalKind.of(in.required("kind"));
        } catch (java.util.NoSuchElementException e) {
            throw new BadRequest("kind", e.getMessage());
        }
        String tool = in.required("tool").strip();
        Edition draft = Draft.next(history, site.today());
        Optional<Blip> onRadar = draft.blips().stream()
                .filter(b -> b.key().equalsIgnoreCase(tool) || b.name().equalsIgnoreCase(tool)).findFirst();
        if (onRadar.isPresent()) {
            Blip b = onRadar.get();
            return new NewProposal(kind, b.key(), b.name(), in.get("ring"), b.segment(), in.get("rationale"));
        }
        if (history.radar().name().equals(DefaultRadar.NAME)) {
            Tool t = site.tools().catalog().find(tool)
                    .orElseThrow(() -> new BadRequest("tool", "no tool '" + tool + "' in the catalogue or on the radar"));
            String quadrant = site.radar().get(t).assessment().quadrant();
            return new NewProposal(kind, t.id(), t.name(), in.get("ring"), site.framework().quadrant(quadrant).name(), in.get("rationale"));
        }
        if (tool.length() > 300) throw new BadRequest("tool", "a tool's name is at most 300 characters");
        return new NewProposal(kind, BlipKeys.slug(tool), tool, in.get("ring"), in.get("segment"), in.get("rationale"));
    }

    /** Checks the proposal against the radar; what does not fit is a 400 naming the problem. */
    static NewProposal checked(NewProposal p, History history, java.time.LocalDate today) {
        return Input.checked("proposal", () -> p.checked(history, today));
    }
}
