package io.mlopsradar.advisor;

import io.mlopsradar.rings.AssessedTool;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The stable JSON shape of an {@link Advice}, documented in docs/cli.md and shared by the CLI and the HTTP API. */
public final class AdviceJson {
    private AdviceJson() {
    }

    public static Map<String, Object> toMap(Advice advice) {
        var m = new LinkedHashMap<String, Object>();
        m.put("organisation", organisation(advice.organisation()));
        m.put("year", advice.year());
        m.put("capability", capability(advice.capability()));
        m.put("radar", advice.radar().stream().map(AdviceJson::radarEntry).toList());
        m.put("excluded", advice.excluded().stream().map(e -> map("id", e.id(), "name", e.name(),
                "why", String.join("; ", e.why()))).toList());
        m.put("recommendations", advice.recommendations().stream().map(AdviceJson::recommendation).toList());
        m.put("build_vs_buy", advice.buildVsBuy().stream().map(AdviceJson::buildOrBuy).toList());
        m.put("plan", advice.plan().stream().map(AdviceJson::planStep).toList());
        return m;
    }

    private static Map<String, Object> organisation(Profile p) {
        var m = new LinkedHashMap<String, Object>();
        m.put("name", p.name());
        m.put("clouds", p.clouds().stream().sorted().toList());
        m.put("mlops_core_business", p.mlopsCoreBusiness());
        m.put("team", map("researchers", p.team().researchers(), "engineers", p.team().engineers(),
                "ml_engineers", p.team().mlEngineers()));
        m.put("stack", p.stack());
        m.put("pains", p.pains());
        var c = p.constraints();
        m.put("constraints", map("open_source_only", c.openSourceOnly(), "self_hosted_only", c.selfHostedOnly(),
                "budget", lower(c.budget()), "regulated", c.regulated()));
        m.put("trials", p.trials().stream().map(t -> map("tool", t.tool(),
                "project_size", lower(t.outcome().projectSize()), "outcome", lower(t.outcome().result()))).toList());
        return m;
    }

    private static Map<String, Object> capability(CapabilityMap c) {
        var m = new LinkedHashMap<String, Object>();
        m.put("stack", c.stack().stream().map(t -> {
            var s = new LinkedHashMap<String, Object>();
            s.put("id", t.id());
            s.put("name", t.name());
            s.put("category", t.category());
            s.put("quadrant", t.quadrant());
            s.put("x", t.position().x());
            s.put("y", t.position().y());
            s.put("ring", t.ring());
            s.put("stages", t.stages());
            return s;
        }).toList());
        m.put("coverage", c.loops().stream().map(l -> map("loop", l.loop(), "covered", l.covered(), "total", l.total(),
                "stages", l.stages().stream().map(s -> map("stage", s.stage(), "name", s.name(), "tools", s.tools())).toList()))
                .toList());
        m.put("uncovered", c.uncovered());
        m.put("diagnosis", c.diagnosis());
        return m;
    }

    private static Map<String, Object> radarEntry(AssessedTool a) {
        return map("id", a.tool().id(), "name", a.tool().name(), "ring", a.ring(),
                "reasons", AssessedTool.reasons(a.assessment().reasons()));
    }

    private static Map<String, Object> recommendation(Recommendation r) {
        var m = new LinkedHashMap<String, Object>();
        m.put("need", r.need());
        m.put("need_name", r.needName());
        m.put("kind", r.stageNeed() ? "stage" : "capability");
        if (r.stageNeed()) {
            m.put("stage", r.need());
            m.put("stage_name", r.needName());
        }
        m.put("covered_by", r.coveredBy());
        m.put("note", r.note());
        m.put("options", r.options().stream().map(AdviceJson::option).toList());
        m.put("why_not", r.whyNot().stream().map(w -> map("id", w.id(), "name", w.name(), "reason", w.reason())).toList());
        return m;
    }

    private static Map<String, Object> option(Recommendation.Option o) {
        var om = new LinkedHashMap<String, Object>();
        om.put("id", o.id());
        om.put("name", o.name());
        om.put("capability", o.capability());
        om.put("capability_name", o.capabilityName());
        om.put("ring", o.ring());
        om.put("score", o.score());
        om.put("components", o.components().stream().map(c -> map("name", c.name(), "points", c.points(), "text", c.text())).toList());
        om.put("notes", o.notes());
        om.put("why", o.why());
        om.put("trade_off", o.tradeOff());
        return om;
    }

    private static Map<String, Object> buildOrBuy(BuildOrBuyCall b) {
        var m = new LinkedHashMap<String, Object>();
        m.put("stage", b.stage());
        m.put("need", b.need());
        m.put("decision", b.decision().id());
        m.put("choice", b.choice());
        m.put("why", b.why());
        m.put("connectors", b.connectors().stream().map(c -> map("from", c.from(), "to", c.to(),
                "purpose", c.purpose(), "text", c.toString())).toList());
        return m;
    }

    private static Map<String, Object> planStep(PlanStep s) {
        return map("ring", s.ring(), "ring_name", s.ringName(), "strategy", s.strategy(), "actions", s.actions(),
                "items", s.items());
    }

    /** A map that keeps its keys in the order given, so the JSON is the same on every run. */
    private static Map<String, Object> map(Object... keysAndValues) {
        var m = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
