package io.mlopsradar.rings;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.mlopsradar.catalog.Activity;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Signals;
import io.mlopsradar.catalog.Snapshot;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Framework;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Would the ring policy have been right? Runs it with only what was known on an earlier day (age then, stars from
 * the nearest earlier snapshot, the status as it was, only snapshots taken by then) and sets each ring beside what is
 * known today: tools that later ended (dormant, archived, discontinued, winding down, maintenance only) and tools that
 * became standard (Adopt today and active).
 */
public final class Backtest {
    private final Framework framework;
    private final Catalog catalog;

    public Backtest(Framework framework, Catalog catalog) {
        this.framework = framework;
        this.catalog = catalog;
    }

    /** One tool: its ring then, its ring now, and how it fared; in JSON the fate's reason is just "reason". */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Call(String tool, String name, String ringThen, String ringNow, String fate,
                       @JsonProperty("reason") String fateReason) {
    }

    /** The figures and the lists. */
    public record Result(LocalDate asOf, LocalDate today, List<Call> calls, List<Call> badCalls, List<Call> missed,
                         int agreeing, int withSignalsThen) {
        public double agreement() {
            return calls.isEmpty() ? 0 : agreeing / (double) calls.size();
        }
    }

    public Result run(LocalDate asOf, LocalDate today) {
        Signals then = catalog.signals().knownOn(asOf);
        var policyThen = new RingPolicy(framework, then);
        var policyNow = new RingPolicy(framework, catalog.signals());
        var calls = new ArrayList<Call>();
        int agreeing = 0;
        int withSignals = 0;
        for (Tool t : catalog.tools()) {
            if (t.firstRelease() != null && t.firstRelease() > asOf.getYear()) continue;
            if (!then.history(t.id()).isEmpty()) withSignals++;
            String ringThen = policyThen.assess(asKnownOn(t, then, asOf), RingContext.on(asOf)).computedRing();
            String ringNow = policyNow.assess(t, RingContext.on(today)).computedRing();
            Activity now = Activity.of(t, catalog.signals(), today);
            boolean ended = now.endangered() || now.state() == Activity.State.MAINTENANCE;
            String fate = ended ? "ended" : ringNow.equals("adopt") ? "standard" : "other";
            calls.add(new Call(t.id(), t.name(), ringThen, ringNow, fate, ended ? now.state().id() + ": " + now.reason() : ""));
            if (ringThen.equals(ringNow)) agreeing++;
        }
        var bad = calls.stream().filter(c -> c.fate().equals("ended") && (c.ringThen().equals("adopt") || c.ringThen().equals("trial"))).toList();
        var missed = calls.stream().filter(c -> c.fate().equals("standard") && c.ringThen().equals("hold")).toList();
        return new Result(asOf, today, calls, bad, missed, agreeing, withSignals);
    }

    /** The tool as the catalogue would have described it then: the star count of the nearest earlier snapshot, the status it had. */
    static Tool asKnownOn(Tool t, Signals then, LocalDate day) {
        Integer stars = then.latest(t.id(), Snapshot::stars).map(Signals.Dated::value).orElse(null);
        var status = t.statusOn(day);
        return new Tool(t.id(), t.name(), t.aliases(), t.homepage(), t.repository(), t.license(), t.delivery(), t.steward(),
                t.firstRelease(), t.category(), t.otherCategories(), t.stages(), t.capability(), t.also(), t.requires(),
                t.origin(), t.community(), stars, status,
                t.supersededBy(), t.tags(), t.clouds(), t.description(), status == t.status() ? t.statusNote() : null,
                status == t.status() ? t.statusSince() : null, Map.of(), null);
    }

    /** The JSON shape documented in docs/cli.md; the counts are by ring name, in ring order. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ResultJson(String asOf, String today, int tools, int withSignalsThen, double agreement,
                             List<Call> badCalls, List<Call> missed, Map<String, Long> byRingThen,
                             Map<String, Long> byRingNow) {
    }

    public static ResultJson toJson(Result r) {
        return new ResultJson(r.asOf().toString(), r.today().toString(), r.calls().size(), r.withSignalsThen(),
                Math.round(r.agreement() * 1000) / 1000.0, r.badCalls(), r.missed(), count(r.calls(), true),
                count(r.calls(), false));
    }

    private static Map<String, Long> count(List<Call> calls, boolean then) {
        var m = new LinkedHashMap<String, Long>();
        for (String ring : List.of("adopt", "trial", "assess", "hold")) {
            m.put(ring, calls.stream().filter(c -> (then ? c.ringThen() : c.ringNow()).equals(ring)).count());
        }
        return m;
    }
}
