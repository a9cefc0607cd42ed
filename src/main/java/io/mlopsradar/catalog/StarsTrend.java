package io.mlopsradar.catalog;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * How a tool's GitHub stars moved over about a year: the newest count known on a day beside the count closest to a
 * year before it (at least {@link #MIN_DAYS} days earlier), as a yearly growth rate.
 */
public record StarsTrend(int earlier, LocalDate earlierAsOf, int later, LocalDate laterAsOf, Provenance source) {
    static final int MIN_DAYS = 270;
    static final int MAX_DAYS = 800;

    /** Stars gained per year, relative to the earlier count (0.25 = a quarter more in a year). */
    public double yearlyGrowth() {
        double years = ChronoUnit.DAYS.between(earlierAsOf, laterAsOf) / 365.25;
        return earlier == 0 ? 0 : (later - earlier) / (double) earlier / years;
    }

    /** The trend known on {@code day}, or empty when there are not two star counts far enough apart. */
    public static Optional<StarsTrend> of(String tool, Signals signals, LocalDate day) {
        List<Snapshot> counted = signals.historyOn(tool, day).stream().filter(s -> s.stars() != null).toList();
        if (counted.size() < 2) return Optional.empty();
        Snapshot last = counted.get(counted.size() - 1);
        LocalDate target = last.asOf().minusYears(1);
        Snapshot best = null;
        for (Snapshot s : counted) {
            long gap = ChronoUnit.DAYS.between(s.asOf(), last.asOf());
            if (gap < MIN_DAYS || gap > MAX_DAYS) continue;
            if (best == null || Math.abs(ChronoUnit.DAYS.between(s.asOf(), target)) < Math.abs(ChronoUnit.DAYS.between(best.asOf(), target))) {
                best = s;
            }
        }
        if (best == null) return Optional.empty();
        return Optional.of(new StarsTrend(best.stars(), best.asOf(), last.stars(), last.asOf(), last.provenance()));
    }
}
