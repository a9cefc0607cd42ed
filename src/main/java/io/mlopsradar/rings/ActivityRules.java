package io.mlopsradar.rings;

import io.mlopsradar.catalog.Activity;
import io.mlopsradar.catalog.Signals;
import io.mlopsradar.catalog.StarsTrend;
import io.mlopsradar.catalog.Tool;
import java.time.LocalDate;

/**
 * The evidence rules that read a tool's dated signals and status: archived goes to Hold; discontinued, winding
 * down or in maintenance goes to Hold, citing the status's source; dormant is never above Assess; the stars trend
 * over a year strengthens or weakens the case. Every reason carries its dates and source.
 */
final class ActivityRules {
    /** Yearly star growth at or above this is a growing community. */
    static final double GROWING = 0.20;
    /** Yearly star growth below this is a community that has stopped growing (raised from 3% after the backtest, docs/backtest.md). */
    static final double STALLED = 0.10;

    private ActivityRules() {
    }

    static void apply(Tool tool, Signals signals, LocalDate clock, Deliberation d) {
        Activity activity = Activity.of(tool, signals, clock);
        switch (activity.state()) {
            case ARCHIVED -> d.atLeast(RingPolicy.HOLD, Rule.ACTIVITY, "archived: " + activity.reason()
                    + "; nobody accepts changes any more, so nothing new should start on it");
            case DISCONTINUED, WINDING_DOWN -> d.atLeast(RingPolicy.HOLD, Rule.ACTIVITY, activity.reason());
            case MAINTENANCE -> d.atLeast(RingPolicy.HOLD, Rule.ACTIVITY, activity.reason()
                    + "; fixes at most, so start new work on something maintained");
            case DORMANT -> d.atLeast(RingPolicy.ASSESS, Rule.ACTIVITY, "dormant: " + activity.reason()
                    + "; a tool nobody works on stays at Assess at best");
            case UNVERIFIED -> d.note(Rule.ACTIVITY, "activity unverified: " + activity.reason());
            case ACTIVE -> { }
        }
        trend(tool, signals, clock, d, activity);
    }

    private static void trend(Tool tool, Signals signals, LocalDate clock, Deliberation d, Activity activity) {
        StarsTrend.of(tool.id(), signals, clock).ifPresent(t -> {
            double g = t.yearlyGrowth();
            String figures = String.format("GitHub stars %,d on %s, %,d on %s (%s): %+.0f%% a year", t.earlier(),
                    t.earlierAsOf(), t.later(), t.laterAsOf(), t.source().source(), g * 100);
            if (g >= GROWING) {
                d.plus(Rule.TREND, "growing community: " + figures);
            } else if (g < 0 && d.ring() == RingPolicy.ADOPT) {
                d.moveTo(RingPolicy.TRIAL, Rule.TREND, "shrinking community: " + figures, -Deliberation.STEP);
            } else if (g < STALLED && activity.state() == Activity.State.UNVERIFIED) {
                d.atLeast(RingPolicy.ASSESS, Rule.TREND, (g < 0 ? "shrinking" : "stalled") + " community: " + figures
                        + ", and no sign of life on record for " + Activity.DORMANT_AFTER.toTotalMonths()
                        + " months: nothing shows it is still worked on, so explore it before trying it");
            } else if (g < STALLED) {
                d.minus(Rule.TREND, (g < 0 ? "shrinking" : "stalled") + " community: " + figures);
            }
        });
    }
}
