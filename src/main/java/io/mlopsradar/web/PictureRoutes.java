package io.mlopsradar.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.mlopsradar.pictures.CatalogPictures;
import io.mlopsradar.drawing.LandscapeSvg;
import io.mlopsradar.drawing.Neighbourhood;
import io.mlopsradar.rings.AssessedTool;
import io.mlopsradar.rings.ToolFilter;
import java.util.List;
import java.util.Set;

/** The radar and landscape pictures of the current catalogue, as SVG and PNG, filtered like the pages. */
final class PictureRoutes {
    private static final float PNG_WIDTH = 1800;

    /** Renders the default radar's PNG into the cache, so the first request for it (costly on a large radar) finds it ready. */
    static void warmRadarPng(ServedData site) {
        site.png(RadarView.ofDefault(site).svg(site), PNG_WIDTH);
    }

    private final ServedData site;

    PictureRoutes(ServedData site) {
        this.site = site;
    }

    void register(RoutesConfig routes) {
        for (String prefix : List.of("", "/api/v1/pictures")) {
            routes.get(prefix + "/radar.svg", ctx -> Etag.send(ctx, "image/svg+xml", RadarView.of(site, ctx).svg(site)));
            routes.get(prefix + "/landscape.svg", ctx -> Etag.send(ctx, "image/svg+xml", landscapeSvg(ctx)));
            routes.get(prefix + "/radar.png", ctx -> Etag.send(ctx, "image/png", site.png(RadarView.of(site, ctx).svg(site), PNG_WIDTH)));
            routes.get(prefix + "/landscape.png", ctx -> Etag.send(ctx, "image/png", site.png(landscapeSvg(ctx), PNG_WIDTH)));
        }
    }

    String landscapeSvg(Context ctx) {
        boolean diagonals = !"false".equals(ctx.queryParam("diagonals"));
        var selection = LandscapeSelection.of(ctx, site.radar().tools(), site.relations());
        return landscapeSvg(Filters.read(ctx, site.framework()), diagonals, selection.orElse(null), CatalogPictures.TOOL_LINK);
    }

    /**
     * The landscape, with the selected tool (may be null) and its neighbours emphasised and joined by lines; each
     * tool links by {@code linkPattern}.
     */
    String landscapeSvg(ToolFilter filter, boolean diagonals, LandscapeSelection selection, String linkPattern) {
        Set<String> highlighted = selection == null ? Set.of() : selection.highlighted();
        Neighbourhood hood = selection == null ? Neighbourhood.none() : selection.neighbourhood();
        String key = "landscape|" + site.stamp() + "|" + Filters.query(filter) + "|" + diagonals + "|" + highlighted
                + "|" + linkPattern;
        return site.cached(key, () -> {
            List<AssessedTool> tools = site.radar().filter(filter);
            var pictures = new CatalogPictures(site.framework());
            int focus = filter.quadrant() == null ? -1
                    : site.framework().quadrants().indexOf(site.framework().quadrant(filter.quadrant()));
            return LandscapeSvg.render(pictures.landscape("The MLOps landscape", tools, diagonals, highlighted,
                    linkPattern), focus, hood);
        });
    }
}
