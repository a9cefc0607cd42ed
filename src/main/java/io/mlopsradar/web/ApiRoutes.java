package io.mlopsradar.web;

import io.mlopsradar.rings.Backtest;

import io.mlopsradar.editions.EditionDates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.SnapshotJson;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.rings.AssessedTool;
import io.mlopsradar.rings.RadarOfCatalog;
import io.mlopsradar.rings.CategoryRings;
import io.mlopsradar.rings.ToolFilter;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** The read-only REST API under /api/v1: tools (with their relations), categories, rings, stages, capabilities and the OpenAPI document. */
final class ApiRoutes {
    private final ServedData site;

    ApiRoutes(ServedData site) {
        this.site = site;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/tools", this::tools);
        routes.get("/api/v1/tools/{id}", this::tool);
        routes.get("/api/v1/tools/{id}/signals", this::signals);
        routes.get("/api/v1/backtest", this::backtest);
        routes.get("/api/v1/categories", this::categories);
        routes.get("/api/v1/rings", ctx -> Etag.json(ctx, site.framework().rings()));
        routes.get("/api/v1/stages", ctx -> Etag.json(ctx, site.framework().stages().stream()
                .map(s -> Map.of("id", s.id(), "name", s.name(), "loop", s.loop().name().toLowerCase(), "description", s.description())).toList()));
        routes.get("/api/v1/capabilities", ctx -> Etag.json(ctx, site.framework().capabilities().stream()
                .map(c -> Map.of("id", c.id(), "name", c.name(), "stages", c.stages(), "description", c.description())).toList()));
        routes.get("/api/v1/quadrants", ctx -> Etag.json(ctx, site.framework().quadrants()));
        routes.get("/api/v1/openapi.yaml", ApiRoutes::openApi);
        routes.post("/api/v1/tools", ApiRoutes::readOnly);
        routes.put("/api/v1/tools/{id}", ApiRoutes::readOnly);
        routes.delete("/api/v1/tools/{id}", ApiRoutes::readOnly);
    }

    private void tools(Context ctx) {
        ToolFilter filter = Filters.read(ctx, site.framework());
        String body = site.cached("tools|" + site.stamp() + "|" + Filters.query(filter), () -> {
            List<Map<String, Object>> list = site.radar().filter(filter).stream().map(a -> a.toMap(site.framework())).toList();
            return Json.write(Map.of("count", list.size(), "tools", list));
        });
        Etag.send(ctx, "application/json", body);
    }

    private void tool(Context ctx) {
        RadarOfCatalog radar = site.radar();
        Tool tool = new Catalog(radar.tools().stream().map(AssessedTool::tool).toList()).get(ctx.pathParam("id"));
        var m = radar.get(tool).toMap(site.framework());
        var sheet = site.factSheet(tool);
        m.put("facts", sheet.toJson());
        m.put("activity", sheet.activityJson());
        m.put("relations", site.relations().toJson(tool.id()));
        Etag.json(ctx, m);
    }

    /** The ring policy run as of an earlier day ({@code as_of}), beside what is known today. */
    private void backtest(Context ctx) {
        String asOf = ctx.queryParam("as_of");
        java.time.LocalDate day = EditionDates.read(asOf)
                .orElseThrow(() -> new BadRequest("as_of", "'" + asOf + "' is not a date like 2021-05-15"));
        if (!day.isBefore(site.today())) throw new BadRequest("as_of", day + " is not before today");
        var catalog = new Catalog(site.radar().tools().stream().map(AssessedTool::tool).toList(), site.signals());
        var result = new Backtest(site.framework(), catalog).run(day, site.today());
        Etag.json(ctx, Backtest.toJson(result));
    }

    /** A tool's dated signal snapshots, oldest first. */
    private void signals(Context ctx) {
        RadarOfCatalog radar = site.radar();
        Tool tool = new Catalog(radar.tools().stream().map(AssessedTool::tool).toList()).get(ctx.pathParam("id"));
        var history = site.signals().history(tool.id()).stream().map(SnapshotJson::of).toList();
        Etag.json(ctx, Map.of("tool", tool.id(), "count", history.size(), "snapshots", history));
    }

    private void categories(Context ctx) {
        Etag.json(ctx, CategoryRings.list(site.framework()));
    }

    private static void openApi(Context ctx) throws IOException {
        try (InputStream in = ApiRoutes.class.getResourceAsStream("/web/openapi.yaml")) {
            Etag.send(ctx, "application/yaml", in.readAllBytes());
        }
    }

    private static void readOnly(Context ctx) {
        ProblemJson.send(ctx, 405,
                "this server is read-only: changes arrive through `radar import` on the command line until accounts and roles exist");
    }
}
