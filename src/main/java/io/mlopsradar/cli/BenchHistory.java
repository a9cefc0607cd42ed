package io.mlopsradar.cli;

import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.Radar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A made-up, reproducible radar history for benchmarks: each edition keeps most blips, moves about one in twenty to
 * another ring, drops about one in fifty and fills up with new (or returning) blips.
 */
final class BenchHistory {
    static final Radar RADAR = new Radar("bench", "Benchmark Radar",
            List.of("Platforms", "Tools", "Techniques", "Languages"), List.of("Adopt", "Trial", "Assess", "Hold"));

    private BenchHistory() {
    }

    /** @param rows blips on every edition */
    static History generate(int editions, int rows, long seed) {
        var random = new Random(seed);
        Map<String, Blip> current = new LinkedHashMap<>();
        var removed = new ArrayList<Blip>();
        int next = 0;
        var out = new ArrayList<Edition>();
        LocalDate date = LocalDate.of(2020, 1, 1);
        for (int e = 0; e < editions; e++) {
            for (String key : List.copyOf(current.keySet())) {
                if (random.nextInt(50) == 0) removed.add(current.remove(key));
                else if (random.nextInt(20) == 0) current.put(key, current.get(key).withRing(ring(random)));
            }
            while (current.size() < rows) {
                Blip b = !removed.isEmpty() && random.nextInt(4) == 0 ? removed.remove(random.nextInt(removed.size()))
                        : blip(next++, random);
                current.put(b.key(), b);
            }
            out.add(Edition.published(date, List.copyOf(current.values())));
            date = date.plusMonths(2);
        }
        return new History(RADAR, out);
    }

    private static Blip blip(int n, Random random) {
        String name = "Tool " + n;
        return new Blip("tool-" + n, name, ring(random), RADAR.segments().get(random.nextInt(RADAR.segments().size())),
                n % 7 == 0 ? "Used by **team " + (n % 13) + "** since <em>" + (2015 + n % 10) + "</em>." : null);
    }

    private static String ring(Random random) {
        return RADAR.rings().get(random.nextInt(RADAR.rings().size()));
    }
}
