package io.mlopsradar.rings;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Framework;
import java.util.List;
import java.util.function.Predicate;

/** Every catalogue tool assessed by the ring policy in one context, with the filters people ask for. */
public final class RadarOfCatalog {
    private final Framework framework;
    private final List<AssessedTool> tools;

    public RadarOfCatalog(Framework framework, Catalog catalog, RingContext context) {
        this.framework = framework;
        var policy = new RingPolicy(framework, catalog.signals());
        this.tools = catalog.tools().stream().map(t -> new AssessedTool(t, policy.assess(t, context))).toList();
    }

    public Framework framework() {
        return framework;
    }

    public List<AssessedTool> tools() {
        return tools;
    }

    public AssessedTool get(Tool tool) {
        return tools.stream().filter(a -> a.tool().id().equals(tool.id())).findFirst().orElseThrow();
    }

    /** Tools matching every given filter; a null filter matches all. Names and ids match in any case. */
    public List<AssessedTool> filter(ToolFilter filter) {
        Predicate<AssessedTool> p = a -> true;
        if (filter.quadrant() != null) {
            String q = framework.quadrant(filter.quadrant()).id();
            p = p.and(a -> a.assessment().quadrant().equals(q));
        }
        if (filter.category() != null) {
            String c = framework.category(filter.category()).id();
            p = p.and(a -> a.tool().categories().contains(c));
        }
        if (filter.ring() != null) {
            String r = framework.ring(filter.ring()).id();
            p = p.and(a -> a.ring().equals(r));
        }
        if (filter.stage() != null) {
            String s = framework.stage(filter.stage()).id();
            p = p.and(a -> a.tool().stages().contains(s));
        }
        if (filter.delivery() != null) {
            p = p.and(a -> filter.delivery().equalsIgnoreCase(a.tool().delivery().id())
                    || ("open-source".equalsIgnoreCase(filter.delivery()) && a.tool().isOpenSource()));
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            String q = filter.search().toLowerCase();
            p = p.and(a -> a.tool().names().stream().anyMatch(n -> n.toLowerCase().contains(q))
                    || a.tool().description().toLowerCase().contains(q)
                    || a.tool().tags().stream().anyMatch(t -> t.contains(q)));
        }
        return tools.stream().filter(p).toList();
    }
}
