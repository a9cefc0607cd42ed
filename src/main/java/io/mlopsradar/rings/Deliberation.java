package io.mlopsradar.rings;

import io.mlopsradar.landscape.Ring;
import java.util.ArrayList;
import java.util.List;

/** The policy's working notes for one tool: the current ring, the confidence and the reasons so far. */
final class Deliberation {
    static final double STEP = 0.05;

    private final List<Ring> rings;
    private final List<Reason> reasons = new ArrayList<>();
    private int ring;
    private double confidence;

    Deliberation(List<Ring> rings, int ring, double confidence) {
        this.rings = rings;
        this.ring = ring;
        this.confidence = confidence;
    }

    int ring() {
        return ring;
    }

    String ringName(int index) {
        return rings.get(index).name();
    }

    void plus(Rule rule, String text) {
        confidence += STEP;
        reasons.add(new Reason(rule, Effect.PLUS, text));
    }

    void minus(Rule rule, String text) {
        confidence -= STEP;
        reasons.add(new Reason(rule, Effect.MINUS, text));
    }

    void note(Rule rule, String text) {
        reasons.add(new Reason(rule, Effect.NOTED, text));
    }

    /** Moves to another ring; the reason names both rings. A move to the same ring is only noted. */
    void moveTo(int target, Rule rule, String text, double confidenceChange) {
        confidence += confidenceChange;
        if (target == ring) {
            reasons.add(new Reason(rule, Effect.NOTED, text));
            return;
        }
        reasons.add(new Reason(rule, Effect.MOVED, text + " (" + ringName(ring) + " → " + ringName(target) + ")"));
        ring = target;
    }

    /** At least as cautious as the given ring. */
    void atLeast(int target, Rule rule, String text) {
        if (ring < target) moveTo(target, rule, text, -STEP);
        else note(rule, text);
    }

    double confidence() {
        return Math.round(Math.max(0.2, Math.min(0.95, confidence)) * 100) / 100.0;
    }

    List<Reason> reasons() {
        return reasons;
    }
}
