package io.mlopsradar.imports;

import io.mlopsradar.editions.Radar;
import io.mlopsradar.formats.RadarDocument;
import io.mlopsradar.input.Problem;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The segments and rings of a new radar read from several files: the widest file's, when every other file fits. */
final class RadarShapes {
    private RadarShapes() {
    }

    static Radar widest(String name, Map<Path, RadarDocument> docs, List<Problem> problems) {
        var widest = docs.entrySet().stream().max(Comparator.comparingInt(
                (Map.Entry<Path, RadarDocument> e) -> e.getValue().radar().rings().size() + e.getValue().radar().segments().size()))
                .orElseThrow();
        Radar wide = widest.getValue().radar();
        docs.forEach((file, doc) -> {
            if (!lower(wide.rings()).containsAll(lower(doc.radar().rings()))
                    || !lower(wide.segments()).containsAll(lower(doc.radar().segments()))) {
                problems.add(new Problem(file.toString(), 0, "", "its segments " + doc.radar().segments() + " and rings "
                        + doc.radar().rings() + " do not fit those of " + widest.getKey() + "; import with --mapping onto one set"));
            }
        });
        Radar first = docs.values().iterator().next().radar();
        return new Radar(name, first.title(), wide.segments(), wide.rings());
    }

    static boolean same(Radar a, Radar b) {
        return a.segments().equals(b.segments()) && a.rings().equals(b.rings());
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }
}
