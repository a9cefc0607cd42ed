package io.mlopsradar.advisor;

import io.mlopsradar.landscape.Framework;
import io.mlopsradar.landscape.Interlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a capability map the way the landscape invites: are engineers' and researchers' tools at opposite ends,
 * is one group served at the other's expense, which stages and hand-offs between the loops nobody covers.
 */
final class Diagnosis {
    /** Two sides this far apart on the artefact axis sit at opposite ends of the landscape. */
    static final double OPPOSITE_ENDS = 0.5;
    /** A difference in loop coverage this large means one group is served at the other's expense. */
    static final double IMBALANCE = 0.25;

    private final Framework framework;
    private final StackView stack;
    private final CapabilityMap map;
    private final List<Exclusion> excluded;
    private final List<String> findings = new ArrayList<>();

    Diagnosis(Framework framework, StackView stack, CapabilityMap map, List<Exclusion> excluded) {
        this.framework = framework;
        this.stack = stack;
        this.map = map;
        this.excluded = excluded;
    }

    List<String> findings() {
        coverage();
        sides();
        balance();
        interlocks();
        uncovered();
        stackConcerns();
        return findings;
    }

    private CapabilityMap.LoopCoverage software() {
        return map.loops().get(0);
    }

    private CapabilityMap.LoopCoverage model() {
        return map.loops().get(1);
    }

    private void coverage() {
        if (map.stack().isEmpty()) {
            findings.add("Your stack names no catalogue tools, so every lifecycle stage is uncovered.");
            return;
        }
        boolean even = Math.abs(share(software()) - share(model())) < IMBALANCE;
        findings.add(String.format("Your stack covers %s %s %s.", count(software()), even ? "and" : "but", count(model())));
    }

    private static String count(CapabilityMap.LoopCoverage loop) {
        return loop.covered() + " of " + loop.total() + " " + loop.loop() + "-loop stages";
    }

    private static double share(CapabilityMap.LoopCoverage loop) {
        return (double) loop.covered() / loop.total();
    }

    private void sides() {
        var sw = map.stack().stream().filter(t -> !t.modelSide()).toList();
        var ml = map.stack().stream().filter(CapabilityMap.StackTool::modelSide).toList();
        if (sw.isEmpty() && ml.isEmpty()) return;
        if (sw.isEmpty() || ml.isEmpty()) {
            var side = sw.isEmpty() ? ml : sw;
            findings.add(String.format(Locale.ROOT, "The whole stack sits on the %s side of the landscape (mean x %.2f): it serves %s.",
                    sw.isEmpty() ? "model" : "software", meanX(side), sw.isEmpty() ? "researchers" : "engineers"));
            return;
        }
        double gap = meanX(ml) - meanX(sw);
        String where = String.format(Locale.ROOT, "Engineers' tools (%s, mean x %.2f) and researchers' tools (%s, mean x %.2f)",
                names(sw), meanX(sw), names(ml), meanX(ml));
        if (gap < OPPOSITE_ENDS) {
            findings.add(String.format(Locale.ROOT, "%s sit close together (gap %.2f): handing work between them should be smooth.", where, gap));
            return;
        }
        List<String> bridges = map.stack().stream().filter(this::bridges).map(CapabilityMap.StackTool::name).toList();
        findings.add(String.format(Locale.ROOT, "%s sit at opposite ends of the landscape (gap %.2f); %s", where, gap,
                bridges.isEmpty() ? "nothing in between bridges them, so expect integration between research and production to hurt."
                        : String.join(", ", bridges) + " bridges them by covering stages of both loops."));
    }

    private boolean bridges(CapabilityMap.StackTool tool) {
        var loops = tool.stages().stream().map(s -> framework.stage(s).loop()).distinct().count();
        return loops == 2;
    }

    private static double meanX(List<CapabilityMap.StackTool> tools) {
        return tools.stream().mapToDouble(t -> t.position().x()).average().orElse(0);
    }

    private static String names(List<CapabilityMap.StackTool> tools) {
        return String.join(", ", tools.stream().map(CapabilityMap.StackTool::name).toList());
    }

    private void balance() {
        var team = stack.profile().team();
        double gap = share(software()) - share(model());
        if (team.operators() == 0 && team.researchers() > 0) {
            findings.add(String.format("The researchers' side is served (%s) and the software loop is %s (%s): with no "
                    + "engineers or ML engineers, nobody owns the path from a trained model to production; prefer managed, low-ops tools.",
                    count(model()), software().covered() == 0 ? "uncovered" : "thin", count(software())));
        } else if (gap >= IMBALANCE && team.researchers() > 0) {
            List<String> theirs = model().toolNames();
            findings.add(String.format("The engineers' side is served at the researchers' expense: your %d researchers have %s (%s).",
                    team.researchers(), theirs.isEmpty() ? "no tools of their own" : "only " + String.join(", ", theirs), count(model())));
        } else if (-gap >= IMBALANCE && team.operators() > 0) {
            List<String> theirs = software().toolNames();
            findings.add(String.format("The researchers' side is served at the engineers' expense: your %d engineers have %s (%s).",
                    team.operators(), theirs.isEmpty() ? "no tools of their own" : "only " + String.join(", ", theirs), count(software())));
        }
    }

    private void interlocks() {
        for (Interlock i : framework.interlocks()) {
            var from = stageCoverage(i.from());
            var to = stageCoverage(i.to());
            if (from.covered() == to.covered()) continue;
            var done = from.covered() ? from : to;
            var missing = from.covered() ? to : from;
            findings.add(String.format("Broken hand-off between the loops (%s): %s is covered by %s but %s by nothing.",
                    i.description().replaceAll("\\.$", "").toLowerCase(Locale.ROOT), done.name(),
                    String.join(", ", done.tools()), missing.name()));
        }
    }

    private CapabilityMap.StageCoverage stageCoverage(String stage) {
        return map.loops().stream().flatMap(l -> l.stages().stream()).filter(s -> s.stage().equals(stage)).findFirst().orElseThrow();
    }

    private void uncovered() {
        if (map.uncovered().isEmpty() || map.stack().isEmpty()) return;
        findings.add("Nobody covers: " + String.join(", ", map.uncovered().stream().map(s -> framework.stage(s).name()).toList()) + ".");
    }

    private void stackConcerns() {
        for (Exclusion e : excluded) {
            if (stack.profile().stack().contains(e.id())) {
                findings.add(e.name() + " in your stack breaks your constraints (" + String.join("; ", e.why())
                        + "): keep it where it works, but plan no new work around it.");
            }
        }
        for (var tool : stack.tools()) {
            if (stack.needsAnotherCloud(tool)) {
                findings.add(tool.name() + " runs on " + String.join("/", tool.clouds()) + ", which is not among your clouds:"
                        + " add it to clouds if you subscribe, so vendor platforms are judged right.");
            }
        }
        for (var tool : map.stack()) {
            if (tool.ring().equals("hold")) {
                findings.add(tool.name() + " in your stack is on Hold: keep it on the projects that use it, and think twice before new ones.");
            }
        }
    }
}
