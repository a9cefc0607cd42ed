package io.mlopsradar.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.mlopsradar.editions.DefaultRadar;
import io.mlopsradar.editions.EditionDates;
import io.mlopsradar.editions.HistoryJson;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.Radar;
import io.mlopsradar.editions.UnknownRadarException;
import io.mlopsradar.formats.registry.Format;
import io.mlopsradar.pictures.HistoryPictures;
import io.mlopsradar.drawing.RadarSvg;
import io.mlopsradar.drawing.TimelineSvg;
import io.mlopsradar.store.RadarRepository;
import io.mlopsradar.text.Urls;
import java.time.LocalDate;
import java.util.NoSuchElementException;

/**
 * Stored radars over HTTP: the JSON API under /api/v1/radars (editions, movements, diffs, timelines, pictures), the
 * Backstage tech-radar endpoint, and the editions and compare pages.
 */
final class EditionRoutes {
    private static final float PNG_WIDTH = 1800;

    private final ServedData site;
    private final RadarRepository radars;

    EditionRoutes(ServedData site) {
        this.site = site;
        this.radars = new RadarRepository(site.database().jdbi());
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/radars", ctx -> Etag.json(ctx, radars.all().stream()
                .map(r -> HistoryJson.overview(history(r.name()))).toList()));
        routes.get("/api/v1/radars/{name}", this::radar);
        routes.get("/api/v1/radars/{name}/editions/{date}", ctx -> {
            History h = history(ctx);
            Etag.json(ctx, HistoryJson.edition(h, edition(h, ctx.pathParam("date"))));
        });
        routes.get("/api/v1/radars/{name}/editions/{date}/radar.svg", ctx -> Etag.send(ctx, "image/svg+xml", radarSvg(ctx)));
        routes.get("/api/v1/radars/{name}/editions/{date}/radar.png", ctx -> Etag.send(ctx, "image/png",
                site.png(radarSvg(ctx), PNG_WIDTH)));
        routes.get("/api/v1/radars/{name}/diff", this::diff);
        routes.get("/api/v1/radars/{name}/timeline/{key}", this::timeline);
        routes.get("/api/backstage/tech-radar", this::backstage);
        routes.get("/radars", ctx -> Templates.render(ctx, "radars.jte", java.util.Map.of("radars", radars.all())));
        routes.get("/radars/{name}", ctx -> Templates.render(ctx, "editions.jte",
                java.util.Map.of("page", RadarPages.editions(history(ctx)))));
        routes.get("/radars/{name}/compare", ctx -> {
            History h = history(ctx);
            var dates = RadarPages.defaultPair(h, ctx.queryParam("from"), ctx.queryParam("to"));
            Templates.render(ctx, "compare.jte", java.util.Map.of("page",
                    RadarPages.compare(h, edition(h, dates[0]), edition(h, dates[1]))));
        });
    }

    private void radar(Context ctx) {
        History h = history(ctx);
        Etag.json(ctx, HistoryJson.withEditions(h));
    }

    private void diff(Context ctx) {
        History h = history(ctx);
        LocalDate from = edition(h, required(ctx, "from"));
        LocalDate to = edition(h, required(ctx, "to"));
        Etag.json(ctx, HistoryJson.diff(from, to, h.diff(from, to)));
    }

    /** The JSON timeline, or the picture when the key ends in .svg. */
    private void timeline(Context ctx) {
        History h = history(ctx);
        String key = ctx.pathParam("key");
        boolean svg = key.endsWith(".svg");
        if (svg) key = key.substring(0, key.length() - 4);
        String k = key;
        var entries = h.timeline(k);
        if (entries.isEmpty()) throw new NoSuchElementException("radar '" + h.radar().name() + "' never had a blip '" + k + "'");
        if (svg) Etag.send(ctx, "image/svg+xml", TimelineSvg.render(HistoryPictures.timeline(h, k)));
        else Etag.json(ctx, HistoryJson.timeline(h.radar(), k, entries));
    }

    private void backstage(Context ctx) {
        String name = ctx.queryParam("radar") == null ? DefaultRadar.NAME : ctx.queryParam("radar");
        ctx.header("Access-Control-Allow-Origin", "*");
        Etag.send(ctx, "application/json", Format.BACKSTAGE.textWriter().orElseThrow().write(history(name), null));
    }

    private String radarSvg(Context ctx) {
        History h = history(ctx);
        LocalDate date = edition(h, ctx.pathParam("date"));
        String key = "edition|" + site.stamp() + "|" + h.radar().name() + "|" + date;
        return site.cached(key, () -> RadarSvg.render(HistoryPictures.radar(h, date, link(h.radar()))));
    }

    /** Blips of the MLOps radar link to their tool pages; others to their timeline picture. */
    private static String link(Radar radar) {
        return radar.name().equals(DefaultRadar.NAME) ? "/tools/{id}"
                : "/api/v1/radars/" + Urls.encode(radar.name()) + "/timeline/{id}.svg";
    }

    private History history(Context ctx) {
        return history(ctx.pathParam("name"));
    }

    private History history(String name) {
        return radars.history(name).orElseThrow(() -> new UnknownRadarException(name, radars.all()));
    }

    private static String required(Context ctx, String parameter) {
        String value = ctx.queryParam(parameter);
        if (value == null || value.isBlank()) throw new BadRequest(parameter, "query parameter '" + parameter + "' is required (YYYY-MM-DD)");
        return value;
    }

    /** A date that must be one of the radar's editions: 400 when it is not a date, 404 when there is no such edition. */
    static LocalDate edition(History history, String text) {
        try {
            return EditionDates.edition(history, text);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("date", "'" + text + "' " + e.getMessage());
        }
    }
}
