package io.mlopsradar.advisor;

import io.mlopsradar.landscape.Framework;
import io.mlopsradar.landscape.Ring;
import io.mlopsradar.rings.AssessedTool;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders an {@link Advice} as a Markdown report; every piece of text from outside is escaped. */
public final class AdviceMarkdown {
    private final Framework framework;
    private final StringBuilder md = new StringBuilder();

    private AdviceMarkdown(Framework framework) {
        this.framework = framework;
    }

    public static String render(Advice advice, Framework framework) {
        var r = new AdviceMarkdown(framework);
        r.header(advice);
        r.standing(advice.capability());
        r.recommendations(advice.recommendations());
        r.buildVsBuy(advice.buildVsBuy());
        r.plan(advice.plan());
        r.radar(advice.radar());
        r.excluded(advice.excluded());
        return r.md.toString();
    }

    private void line(String s) {
        md.append(s).append('\n');
    }

    private void header(Advice a) {
        Profile p = a.organisation();
        line("# MLOps advice for " + MarkdownEscape.text(p.name()));
        line("");
        var c = p.constraints();
        var constraints = new ArrayList<String>();
        if (c.openSourceOnly()) constraints.add("open source only");
        if (c.selfHostedOnly()) constraints.add("self-hosted only");
        if (c.regulated()) constraints.add("regulated");
        constraints.add(c.budget().name().toLowerCase(Locale.ROOT) + " budget");
        line("MLOps Radar, " + a.year() + ". Clouds: " + (p.clouds().isEmpty() ? "none" : String.join(", ", p.clouds().stream().sorted().toList()))
                + ". MLOps is " + (p.mlopsCoreBusiness() ? "" : "not ") + "your core business. Team: "
                + count(p.team().researchers(), "researcher") + ", " + count(p.team().engineers(), "engineer") + ", "
                + count(p.team().mlEngineers(), "ML engineer") + ". Constraints: " + String.join(", ", constraints) + ".");
        line("");
    }

    private void standing(CapabilityMap map) {
        line("## 1. Where you stand");
        line("");
        line("| Tool | Category | Quadrant | Position (x, y) | Ring | Stages |");
        line("|---|---|---|---|---|---|");
        for (var t : map.stack()) {
            line("| " + MarkdownEscape.text(t.name()) + " | " + framework.category(t.category()).name() + " | "
                    + framework.quadrant(t.quadrant()).name() + " | " + t.position().x() + ", " + t.position().y() + " | "
                    + ringName(t.ring()) + " | " + String.join(", ", t.stages()) + " |");
        }
        line("");
        for (var loop : map.loops()) {
            var parts = loop.stages().stream().map(s -> s.name() + ": " + (s.covered() ? MarkdownEscape.text(String.join(", ", s.tools())) : "nothing")).toList();
            line("- **" + capital(loop.loop()) + " loop, " + loop.covered() + " of " + loop.total() + " stages covered.** "
                    + String.join("; ", parts) + ".");
        }
        line("");
        line("### Diagnosis");
        line("");
        map.diagnosis().forEach(d -> line("- " + MarkdownEscape.text(d)));
        line("");
    }

    private void recommendations(List<Recommendation> recommendations) {
        line("## 2. Recommendations for what hurts");
        line("");
        for (Recommendation r : recommendations) {
            line("### " + MarkdownEscape.text(r.needName()) + (r.stageNeed() ? "" : " (capability)"));
            line("");
            line(MarkdownEscape.text(r.note()));
            line("");
            int i = 1;
            for (var o : r.options()) {
                var reasons = new ArrayList<String>();
                o.components().forEach(c -> reasons.add(c.text() + " (" + points(c.points()) + ")"));
                reasons.addAll(o.notes());
                line(i++ + ". **" + MarkdownEscape.text(o.name()) + "** for " + MarkdownEscape.text(Need.lower(o.capabilityName())) + " ("
                        + ringName(o.ring()) + ", score " + o.score() + "): " + MarkdownEscape.text(String.join("; ", reasons))
                        + ". *Trade-off:* " + MarkdownEscape.text(o.tradeOff()));
            }
            line("");
            if (!r.whyNot().isEmpty()) {
                line("*Why not:* " + MarkdownEscape.text(String.join("; ", r.whyNot().stream().map(w -> w.name() + ": " + w.reason()).toList())) + ".");
                line("");
            }
        }
    }

    private void buildVsBuy(List<BuildOrBuyCall> decisions) {
        line("## 3. Build or buy");
        line("");
        for (BuildOrBuyCall b : decisions) {
            line("### " + b.need() + ": " + b.decision().id());
            line("");
            line(MarkdownEscape.text(b.why()));
            line("");
            if (!b.connectors().isEmpty()) {
                line("Connectors worth building:");
                line("");
                b.connectors().forEach(c -> line("- " + MarkdownEscape.text(c.toString())));
                line("");
            }
        }
    }

    private void plan(List<PlanStep> plan) {
        line("## 4. Adoption plan by ring");
        line("");
        for (PlanStep s : plan) {
            line("### " + s.ringName());
            line("");
            line("*" + MarkdownEscape.text(s.strategy()) + "* Ring actions: " + MarkdownEscape.text(String.join("; ", s.actions())) + ".");
            line("");
            s.items().forEach(i -> line("- " + MarkdownEscape.text(i)));
            line("");
        }
    }

    private void radar(List<AssessedTool> radar) {
        line("## 5. Your radar");
        line("");
        line("Every tool your constraints allow, in the ring it takes for you (`radar advise --format json` gives every reason).");
        line("");
        for (Ring ring : framework.rings()) {
            List<String> names = radar.stream().filter(a -> a.ring().equals(ring.id())).map(a -> MarkdownEscape.text(a.tool().name())).sorted().toList();
            line("- **" + ring.name() + " (" + names.size() + "):** " + (names.isEmpty() ? "none" : String.join(", ", names)));
        }
        line("");
    }

    private void excluded(List<Exclusion> excluded) {
        line("## 6. Ruled out by your constraints");
        line("");
        if (excluded.isEmpty()) {
            line("Nothing: your constraints rule out no tool.");
            return;
        }
        line("| Tool | Why |");
        line("|---|---|");
        excluded.forEach(e -> line("| " + MarkdownEscape.text(e.name()) + " | " + MarkdownEscape.text(String.join("; ", e.why())) + " |"));
    }

    private static String points(double p) {
        String n = p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p);
        return p > 0 ? "+" + n : n.replace("-", "−");
    }

    private String ringName(String id) {
        return framework.ring(id).name();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
