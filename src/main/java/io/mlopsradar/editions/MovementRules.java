package io.mlopsradar.editions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares editions blip by blip using the radar's ring order. */
final class MovementRules {
    private final Radar radar;
    /** Blips by key of the earlier editions looked at so far; kept by identity for one comparison. */
    private final Map<Edition, Map<String, Blip>> earlier = new IdentityHashMap<>();

    MovementRules(Radar radar) {
        this.radar = radar;
    }

    /** @param before the published editions before the current one, oldest first */
    List<BlipMovement> movements(Edition current, List<Edition> before) {
        var out = new ArrayList<BlipMovement>();
        Edition previous = before.isEmpty() ? null : before.get(before.size() - 1);
        Map<String, Blip> onPrevious = previous == null ? Map.of() : byKey(previous);
        Set<String> onCurrent = byKey(current).keySet();
        for (Blip blip : current.blips()) {
            Blip prior = onPrevious.get(blip.key());
            if (prior != null) {
                out.add(new BlipMovement(blip, ringMove(prior, blip), prior.ring(), null, null));
            } else {
                out.add(returnedOrNew(blip, before));
            }
        }
        if (previous != null) {
            for (Blip gone : previous.blips()) {
                if (!onCurrent.contains(gone.key())) out.add(new BlipMovement(gone, Movement.REMOVED, gone.ring(), null, null));
            }
        }
        return out;
    }

    private BlipMovement returnedOrNew(Blip blip, List<Edition> before) {
        for (int i = before.size() - 2; i >= 0; i--) {
            Blip seen = earlier.computeIfAbsent(before.get(i), MovementRules::byKey).get(blip.key());
            if (seen != null) {
                return new BlipMovement(blip, Movement.RETURNED, seen.ring(), before.get(i).date(), ringMove(seen, blip));
            }
        }
        return new BlipMovement(blip, Movement.NEW, null, null, null);
    }

    private static Map<String, Blip> byKey(Edition edition) {
        var map = new HashMap<String, Blip>();
        for (Blip b : edition.blips()) map.put(b.key(), b);
        return map;
    }

    EditionDiff diff(Edition from, Edition to) {
        var added = new ArrayList<Blip>();
        var movedIn = new ArrayList<RingChange>();
        var movedOut = new ArrayList<RingChange>();
        var unchanged = new ArrayList<Blip>();
        Map<String, Blip> onFrom = byKey(from);
        Set<String> onTo = byKey(to).keySet();
        for (Blip blip : to.blips()) {
            Blip prior = onFrom.get(blip.key());
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
        var removed = from.blips().stream().filter(b -> !onTo.contains(b.key())).toList();
        return new EditionDiff(added, removed, movedIn, movedOut, unchanged);
    }

    private Movement ringMove(Blip from, Blip to) {
        return Movement.between(radar.ringIndex(from.ring()), radar.ringIndex(to.ring()));
    }
}
