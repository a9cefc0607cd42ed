package io.mlopsradar.web;

import io.mlopsradar.text.Urls;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.rings.AssessedTool;
import io.mlopsradar.rings.Reason;

/** The catalogue's facts and the policy's ring and reasons for a blip, when the blip is a catalogue tool. */
final class ToolFacts {
    private ToolFacts() {
    }

    static ProposalViews.Facts of(ServedData site, String key) {
        var radar = site.radar();
        Framework f = site.framework();
        for (AssessedTool a : radar.tools()) {
            Tool t = a.tool();
            if (!t.id().equalsIgnoreCase(key)) continue;
            return new ProposalViews.Facts(t.name(), t.description() == null ? "" : t.description(),
                    t.license() == null ? "unknown" : t.license(), t.delivery() == null ? "unknown" : t.delivery().id(),
                    f.category(t.category()).name(), f.ring(a.assessment().computedRing()).name(), f.ring(a.ring()).name(),
                    a.assessment().confidenceLabel(), a.assessment().reasons().stream().map(Reason::text).toList(),
                    "/tools/" + Urls.encode(t.id()));
        }
        return null;
    }
}
