package io.mlopsradar.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.mlopsradar.pictures.CatalogPictures;
import io.mlopsradar.render.LandscapeSvg;
import io.mlopsradar.rings.AssessedTool;
import io.mlopsradar.rings.ToolFilter;
import java.util.List;
import java.util.Set;

/** The radar and landscape pictures of the current catalogue, as SVG and PNG, filtered like the pages. */
final class PictureRoutes {
    private static final float PNG_WIDTH = 1800;

    private final Site site;

    PictureRoutes(Site site) {
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
        return landscapeSvg(Filters.read(ctx, site.framework()), diagonals, Set.of());
    }

    String landscapeSvg(ToolFilter filter, boolean diagonals, Set<String> highlighted) {
        String key = "landscape|" + site.stamp() + "|" + Filters.query(filter) + "|" + diagonals + "|" + highlighted;
        return site.cached(key, () -> {
            List<AssessedTool> tools = site.radar().filter(filter);
            var pictures = new CatalogPictures(site.framework());
            int focus = filter.quadrant() == null ? -1
                    : site.framework().quadrants().indexOf(site.framework().quadrant(filter.quadrant()));
            return LandscapeSvg.render(pictures.landscape("The MLOps landscape", tools, diagonals, highlighted,
                    CatalogPictures.TOOL_LINK), focus);
        });
    }
}
