package io.mlopsradar.web;

import io.mlopsradar.text.Urls;
import io.javalin.http.Context;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.FactSheet;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.editions.DefaultRadar;
import io.mlopsradar.editions.History;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.landscape.Ring;
import io.mlopsradar.pictures.HistoryPictures;
import io.mlopsradar.drawing.TimelineSvg;
import io.mlopsradar.rings.AssessedTool;
import io.mlopsradar.rings.Assessment;
import io.mlopsradar.rings.RadarOfCatalog;
import io.mlopsradar.text.Markdown;
import io.mlopsradar.web.Views.Link;
import io.mlopsradar.web.Views.ReasonLine;
import io.mlopsradar.web.Views.ToolPage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The page of one tool: facts, position, ring with strategy and actions, reasons, related tools. */
final class ToolPages {
    private final ServedData site;

    ToolPages(ServedData site) {
        this.site = site;
    }

    void show(Context ctx) {
        RadarOfCatalog radar = site.radar();
        String id = ctx.pathParam("id");
        String radarName = Filters.blankToNull(ctx.queryParam("radar"));
        Optional<History> history = site.history(radarName == null ? DefaultRadar.NAME : radarName);
        var catalog = new Catalog(radar.tools().stream().map(AssessedTool::tool).toList());
        Optional<Tool> tool = catalog.find(id);
        if (tool.isEmpty() && history.isPresent() && appears(history.get(), id)) {
            Templates.render(ctx, "blip.jte", Map.of("page", blipPage(history.get(), id)));
            return;
        }
        Tool t = tool.orElseGet(() -> catalog.get(id));
        if (!t.id().equals(id)) {
            ctx.redirect("/tools/" + t.id() + (radarName == null ? "" : "?radar=" + Urls.encode(radarName)));
            return;
        }
        String timeline = history.filter(h -> appears(h, t.id()))
                .map(h -> TimelineSvg.render(HistoryPictures.timeline(h, t.id()))).orElse(null);
        Templates.render(ctx, "tool.jte", Map.of("page", page(radar, radar.get(t), timeline)));
    }

    private static boolean appears(History history, String key) {
        return history.editions().stream().anyMatch(e -> e.contains(key));
    }

    /** A blip that is not a catalogue tool (radars imported from elsewhere): its rings over time and its notes. */
    private static Views.BlipPage blipPage(History history, String key) {
        var entries = history.timeline(key);
        String name = history.editions().stream().flatMap(e -> e.blip(key).stream()).map(b -> b.name())
                .reduce((a, b) -> b).orElse(key);
        var rows = entries.stream().map(e -> new Views.TimelineRow(e.date().toString(), e.ring() == null ? "not on the radar" : e.ring(),
                e.movement() == null ? "" : e.movement().name().toLowerCase().replace('_', ' '), Markdown.toSafeHtml(e.note()))).toList();
        return new Views.BlipPage(key, name, history.radar().title(), "/radars/" + Urls.encode(history.radar().name()),
                TimelineSvg.render(HistoryPictures.timeline(history, key)), rows);
    }

    ToolPage page(RadarOfCatalog radar, AssessedTool a, String timelineSvg) {
        Framework f = site.framework();
        Tool t = a.tool();
        Assessment s = a.assessment();
        Ring ring = f.ring(a.ring());
        FactSheet sheet = site.factSheet(t);
        List<ReasonLine> reasons = s.reasons().stream()
                .map(r -> new ReasonLine(r.rule().id(), r.effect().id(), r.text())).toList();
        return new ToolPage(t.id(), t.name(), String.join(", ", t.aliases()), Markdown.toSafeHtml(t.description()),
                f.category(t.category()).name(), t.category(), f.quadrant(s.quadrant()).name(),
                String.valueOf(s.position().x()), String.valueOf(s.position().y()), ring.name(), ring.id(),
                f.ring(s.computedRing()).name(), s.overridden(), t.override() == null ? "" : t.override().rationale(),
                s.confidence() + " (" + s.confidenceLabel() + ")", ring.strategy(), ring.actions(), reasons,
                facts(f, t, sheet), links(t), related(f, radar, t), timelineSvg, evidence(sheet), sheet.activity().reason(),
                sheet.activity().state().id(), ToolProfileView.of(f, t, site.relations(), other -> name(radar, other)));
    }

    private static String name(RadarOfCatalog radar, String id) {
        return radar.tools().stream().map(AssessedTool::tool).filter(o -> o.id().equals(id)).map(Tool::name)
                .findFirst().orElse(id);
    }

    private static List<Views.FactRow> evidence(FactSheet sheet) {
        return sheet.lines().stream().map(l -> new Views.FactRow(l.label(), l.value(),
                l.provenance() == null ? "unknown" : l.provenance().source(),
                l.provenance() != null && safeUrl(l.provenance().source()) ? l.provenance().source() : "",
                l.provenance() == null ? "" : l.provenance().asOf().toString(), l.stale())).toList();
    }

    private static List<Link> facts(Framework f, Tool t, FactSheet sheet) {
        var facts = new ArrayList<Link>();
        facts.add(new Link("", "Licence", t.license()));
        facts.add(new Link("", "Delivery", t.delivery().id().replace('-', ' ')));
        facts.add(new Link("", "Steward", t.steward()));
        facts.add(new Link("", "First release", t.firstRelease() == null ? "unknown" : String.valueOf(t.firstRelease())));
        facts.add(new Link("", "Origin", t.origin().id().replace('-', ' ')));
        String stars = sheet.lines().stream().filter(l -> l.fact().equals("github_stars")).findFirst()
                .map(l -> " (" + l.value() + " GitHub stars, " + (l.provenance() == null ? "source unknown"
                        : l.provenance().source() + ", as of " + l.provenance().asOf()) + ")").orElse("");
        facts.add(new Link("", "Community", t.community().id() + stars));
        facts.add(new Link("", "Activity", sheet.activity().state().id() + ": " + sheet.activity().reason()));
        facts.add(new Link("", "Status", t.status().id() + (t.supersededBy() == null ? "" : ", superseded by " + t.supersededBy())));
        facts.add(new Link("", "Lifecycle stages", String.join(", ", t.stages().stream().map(s -> f.stage(s).name()).toList())));
        if (!t.otherCategories().isEmpty()) {
            facts.add(new Link("", "Also in", String.join(", ", t.otherCategories().stream().map(c -> f.category(c).name()).toList())));
        }
        if (!t.tags().isEmpty()) facts.add(new Link("", "Tags", String.join(", ", t.tags())));
        return facts;
    }

    private static List<Link> links(Tool t) {
        var links = new ArrayList<Link>();
        if (safeUrl(t.homepage())) links.add(new Link(t.homepage(), "Homepage", ""));
        if (safeUrl(t.repository())) links.add(new Link(t.repository(), "Source repository", ""));
        return links;
    }

    static boolean safeUrl(String url) {
        return Urls.isHttp(url);
    }

    private static List<Link> related(Framework f, RadarOfCatalog radar, Tool t) {
        return radar.tools().stream().filter(o -> !o.tool().id().equals(t.id()))
                .filter(o -> o.tool().categories().contains(t.category()))
                .sorted(Comparator.comparing((AssessedTool o) -> f.ring(o.ring()).order()).thenComparing(o -> o.tool().name().toLowerCase()))
                .map(o -> new Link("/tools/" + o.tool().id(), o.tool().name(), f.ring(o.ring()).name())).toList();
    }
}
