package io.mlopsradar.editions;

import java.util.ArrayList;
import java.util.List;

/** Compares editions blip by blip using the radar's ring order. */
final class MovementRules {
    private final Radar radar;

    MovementRules(Radar radar) {
        this.radar = radar;
    }

    /** @param before the published editions before the current one, oldest first */
    List<BlipMovement> movements(Edition current, List<Edition> before) {
        var out = new ArrayList<BlipMovement>();
        Edition previous = before.isEmpty() ? null : before.get(before.size() - 1);
        for (Blip blip : current.blips()) {
            Blip prior = previous == null ? null : previous.blip(blip.key()).orElse(null);
            if (prior != null) {
                out.add(new BlipMovement(blip, ringMove(prior, blip), prior.ring(), null, null));
            } else {
                out.add(returnedOrNew(blip, before));
            }
        }
        if (previous != null) {
            for (Blip gone : previous.blips()) {
                if (!current.contains(gone.key())) out.add(new BlipMovement(gone, Movement.REMOVED, gone.ring(), null, null));
            }
        }
        return out;
    }

    private BlipMovement returnedOrNew(Blip blip, List<Edition> before) {
        for (int i = before.size() - 2; i >= 0; i--) {
            var seen = before.get(i).blip(blip.key());
            if (seen.isPresent()) {
                return new BlipMovement(blip, Movement.RETURNED, seen.get().ring(), before.get(i).date(), ringMove(seen.get(), blip));
            }
        }
        return new BlipMovement(blip, Movement.NEW, null, null, null);
    }

    EditionDiff diff(Edition from, Edition to) {
        var added = new ArrayList<Blip>();
        var movedIn = new ArrayList<RingChange>();
        var movedOut = new ArrayList<RingChange>();
        var unchanged = new ArrayList<Blip>();
        for (Blip blip : to.blips()) {
            Blip prior = from.blip(blip.key()).orElse(null);
            if (prior == null) {
                added.add(blip);
                continue;
            }
            switch (ringMove(prior, blip)) {
                case MOVED_IN -> movedIn.add(new RingChange(blip, prior.ring()));
                case MOVED_OUT -> movedOut.add(new RingChange(blip, prior.ring()));
                default -> unchanged.add(blip);
            }
        }
        var removed = from.blips().stream().filter(b -> !to.contains(b.key())).toList();
        return new EditionDiff(added, removed, movedIn, movedOut, unchanged);
    }

    private Movement ringMove(Blip from, Blip to) {
        return Movement.between(radar.ringIndex(from.ring()), radar.ringIndex(to.ring()));
    }
}
