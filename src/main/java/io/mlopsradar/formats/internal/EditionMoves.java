package io.mlopsradar.formats.internal;

import io.mlopsradar.editions.BlipMovement;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.Movement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Movement lookups for writers: the blips of one edition with how each moved. */
public final class EditionMoves {
    private EditionMoves() {
    }

    /** Movement by blip key for the blips on the edition (removed blips are left out). */
    public static Map<String, Movement> of(History history, LocalDate date) {
        var out = new HashMap<String, Movement>();
        for (BlipMovement m : history.movements(date)) {
            if (m.movement() != Movement.REMOVED) out.put(m.key(), m.simple());
        }
        return out;
    }

    /** The editions a history format writes: published ones up to the date (all published when it is null). */
    public static List<Edition> upTo(History history, LocalDate date) {
        return history.published().stream().filter(e -> date == null || !e.date().isAfter(date)).toList();
    }

    /** The edition a single-edition format writes: the one on the date, or the latest published when it is null. */
    public static Edition single(History history, LocalDate date) {
        if (date != null) return history.edition(date);
        return history.latestPublished().orElseThrow(() ->
                new IllegalArgumentException("radar '" + history.radar().name() + "' has no published edition to export"));
    }
}
