package io.mlopsradar.web;

import io.mlopsradar.editions.DefaultRadar;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.HistoryJson;
import io.mlopsradar.editions.Radar;

import io.mlopsradar.text.Urls;
import io.mlopsradar.editions.Movement;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.landscape.Quadrant;
import io.mlopsradar.landscape.Ring;
import io.mlopsradar.rings.AssessedTool;
import io.mlopsradar.rings.CategoryRings;
import io.mlopsradar.rings.RadarOfCatalog;
import io.mlopsradar.rings.RegionMap;
import io.mlopsradar.rings.ToolFilter;
import io.mlopsradar.web.Views.CategoryCard;
import io.mlopsradar.web.Views.FilterForm;
import io.mlopsradar.web.Views.HomePage;
import io.mlopsradar.web.Views.Link;
import io.mlopsradar.web.Views.Option;
import io.mlopsradar.web.Views.PicturePage;
import io.mlopsradar.web.Views.QuadrantCard;
import io.mlopsradar.web.Views.Related;
import io.mlopsradar.web.Views.RingCard;
import io.mlopsradar.web.Views.Row;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The HTML pages: home, radar, landscape, rings, categories; tool pages live in {@link ToolPages}. */
final class PageRoutes {
    private final ServedData site;
    private final PictureRoutes pictures;
    private final ToolPages toolPages;

    PageRoutes(ServedData site, PictureRoutes pictures) {
        this.site = site;
        this.pictures = pictures;
        this.toolPages = new ToolPages(site);
    }

    void register(RoutesConfig routes) {
        routes.get("/", this::home);
        routes.get("/radar", this::radar);
        routes.get("/landscape", this::landscape);
        routes.get("/rings", this::rings);
        routes.get("/categories", this::categories);
        routes.get("/tools/{id}", toolPages::show);
    }

    private void home(Context ctx) {
        var latest = site.history(DefaultRadar.NAME)
                .flatMap(h -> h.latestPublished().map(e -> HistoryJson.summary(e, h.movements(e.date()))));
        Templates.render(ctx, "home.jte", Map.of("page", new HomePage(site.radar().tools().size(), site.today().toString(),
                ringCards(), latest.orElse(null))));
    }

    /**
     * The radar page, rendered once per change of the data and query: at 1,700 blips it weighs 1.8 MB and took
     * a few hundred milliseconds to build for every request.
     */
    private void radar(Context ctx) {
        String query = ctx.queryString() == null ? "" : ctx.queryString();
        Etag.send(ctx, "text/html; charset=utf-8", site.cached("page|radar|" + site.stamp() + "|" + query,
                () -> radarPage(RadarView.of(site, ctx), Filters.read(ctx, site.framework(), false))));
    }

    /** Renders the default radar page (and with it the assessed catalogue and the radar's picture) into the cache. */
    void warmRadar() {
        site.cached("page|radar|" + site.stamp() + "|", () -> radarPage(RadarView.ofDefault(site), ToolFilter.none()));
    }

    private String radarPage(RadarView view, ToolFilter facts) {
        String title = view.isDefault() ? "Radar" : view.radar().title();
        String subtitle = view.date() == null ? "This radar has no editions yet."
                : "Edition of " + view.date() + ". Blips show what moved since the previous published edition.";
        List<Option> editions = view.history().editions().stream()
                .sorted(Comparator.comparing(Edition::date).reversed())
                .map(e -> new Option(e.date().toString(), e.date() + (e.isPublished() ? "" : " (draft)"),
                        e.date().equals(view.date()))).toList();
        List<Row> removed = view.removed().stream().map(m -> new Row(m.key(), m.blip().name(), m.blip().segment(),
                m.blip().ring(), m.blip().ring().toLowerCase(), "", Movement.REMOVED.label(), "/tools/" + Urls.encode(m.key()))).toList();
        var choice = new Views.EditionChoice(view.radar().name(), view.isDefault(), editions, removed,
                "/radars/" + Urls.encode(view.radar().name()));
        FilterForm form = view.isDefault() ? form(view.filter()) : form(view.filter(), view.radar());
        return Templates.renderToString("picture.jte", Map.of("nav", "radar", "page", new PicturePage(title, subtitle, form,
                view.svg(site), view.rows(site.framework()), "/radar.svg?" + view.query(), withQuery("/landscape", facts),
                "Catalogue tools on the landscape", choice)));
    }

    private void landscape(Context ctx) {
        ToolFilter filter = Filters.read(ctx, site.framework());
        var selection = LandscapeSelection.of(ctx, site.radar().tools(), site.relations());
        String q = Filters.query(filter);
        String select = "/landscape?" + (q.isEmpty() ? "" : q + "&") + LandscapeSelection.PARAM + "={id}";
        String svg = pictures.landscapeSvg(filter, true, selection.orElse(null), select);
        var page = new PicturePage("Landscape", "Artifact focus across, scope upwards; shaded by ring.",
                form(filter), svg, rows(filter), withQuery("/landscape.svg", filter), withQuery("/radar", filter),
                "Same tools on the radar", Views.EditionChoice.none());
        selection.ifPresentOrElse(s -> Templates.render(ctx, "picture.jte", Map.of("nav", "landscape", "page", page, "related",
                        new Related(new Link("/tools/" + Urls.encode(s.tool().id()), s.tool().name(), ""), s.neighbours()))),
                () -> render(ctx, "landscape", page));
    }

    private static void render(Context ctx, String nav, PicturePage page) {
        Templates.render(ctx, "picture.jte", Map.of("page", page, "nav", nav));
    }

    private static String withQuery(String path, ToolFilter filter) {
        String q = Filters.query(filter);
        return q.isEmpty() ? path : path + "?" + q;
    }

    private List<Row> rows(ToolFilter filter) {
        Framework f = site.framework();
        return site.radar().filter(filter).stream()
                .sorted(Comparator.comparing((AssessedTool a) -> f.ring(a.ring()).order()).thenComparing(a -> a.tool().name().toLowerCase()))
                .map(a -> new Row(a.tool().id(), a.tool().name(), f.quadrant(a.assessment().quadrant()).name(),
                        f.ring(a.ring()).name(), a.ring(), f.category(a.tool().category()).name(), "",
                        "/tools/" + a.tool().id()))
                .toList();
    }

    private FilterForm form(ToolFilter filter) {
        Framework f = site.framework();
        List<Option> deliveries = Filters.DELIVERIES.stream()
                .map(d -> new Option(d, d.replace('-', ' '), d.equalsIgnoreCase(filter.delivery()))).toList();
        return new FilterForm(filter, Filters.query(filter), Views.options(f.quadrants(), filter.quadrant()),
                Views.options(f.categories(), filter.category()), Views.options(f.rings(), filter.ring()),
                Views.options(f.stages(), filter.stage()), deliveries, Views.options(f.capabilities(), filter.capability()));
    }

    /** An imported radar's own segments and rings as the quadrant and ring choices. */
    private FilterForm form(ToolFilter filter, Radar radar) {
        FilterForm base = form(filter);
        return new FilterForm(filter, base.query(), names(radar.segments(), filter.quadrant()), base.categories(),
                names(radar.rings(), filter.ring()), base.stages(), base.deliveries(), base.capabilities());
    }

    private static List<Option> names(List<String> names, String selected) {
        return names.stream().map(n -> new Option(n, n, n.equalsIgnoreCase(selected))).toList();
    }

    private void rings(Context ctx) {
        Templates.render(ctx, "rings.jte", Map.of("rings", ringCards()));
    }

    private List<RingCard> ringCards() {
        RadarOfCatalog radar = site.radar();
        return site.framework().rings().stream().map(r -> new RingCard(r.id(), r.name(), r.strategy(),
                r.actions(), links(radar.tools().stream().filter(a -> a.ring().equals(r.id()))
                        .map(AssessedTool::tool).toList()))).toList();
    }

    private void categories(Context ctx) {
        Framework f = site.framework();
        RegionMap regions = new RegionMap(f);
        List<Tool> tools = site.radar().tools().stream().map(AssessedTool::tool).toList();
        List<QuadrantCard> cards = f.quadrants().stream().map((Quadrant q) -> new QuadrantCard(q.id(), q.name(),
                q.description(), f.categories().stream().filter(c -> c.quadrant().equals(q.id())).map(c -> {
                    Ring ring = CategoryRings.ring(f, regions, c);
                    return new CategoryCard(c.id(), c.name(), q.name(), ring.id(), c.description(),
                            links(tools.stream().filter(t -> t.category().equals(c.id())).toList()));
                }).toList())).toList();
        Templates.render(ctx, "categories.jte", Map.of("quadrants", cards));
    }

    static List<Link> links(List<Tool> tools) {
        return tools.stream().sorted(Comparator.comparing(t -> t.name().toLowerCase()))
                .map(t -> new Link("/tools/" + t.id(), t.name(), "")).toList();
    }
}
