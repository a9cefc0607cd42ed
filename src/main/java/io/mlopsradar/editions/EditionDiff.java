package io.mlopsradar.editions;

import java.util.List;

/** What changed between two editions: blips added, removed, moved in, moved out and left on the same ring. */
public record EditionDiff(List<Blip> added, List<Blip> removed, List<RingChange> movedIn, List<RingChange> movedOut,
                          List<Blip> unchanged) {

    public EditionDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        movedIn = List.copyOf(movedIn);
        movedOut = List.copyOf(movedOut);
        unchanged = List.copyOf(unchanged);
    }
}
