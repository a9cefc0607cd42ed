package io.mlopsradar.drawing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A radar entry with its blip number; numbers run by segment, then ring, then name, so they are stable. */
record NumberedEntry(int number, RadarEntry entry) {

    static List<NumberedEntry> of(List<RadarEntry> entries) {
        List<RadarEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(RadarEntry::segment)
                .thenComparingInt(RadarEntry::ring)
                .thenComparing(RadarEntry::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(RadarEntry::id));
        List<NumberedEntry> numbered = new ArrayList<>();
        for (RadarEntry e : sorted) {
            numbered.add(new NumberedEntry(numbered.size() + 1, e));
        }
        return numbered;
    }
}
