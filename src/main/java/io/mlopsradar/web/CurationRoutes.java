package io.mlopsradar.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.mlopsradar.text.Urls;
import io.mlopsradar.catalog.CuratorOverride;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.rings.AssessedTool;
import io.mlopsradar.rings.Reason;
import io.mlopsradar.store.ConcurrentEditException;
import io.mlopsradar.store.Curations;
import io.mlopsradar.store.ToolRepository.Stored;
import io.mlopsradar.text.Markdown;
import io.mlopsradar.web.CurationViews.CurationPage;
import io.mlopsradar.web.CurationViews.RingChoice;
import java.util.List;
import java.util.Map;

/**
 * The curator's ring and rationale for a tool on the MLOps radar, in the browser (a form beside the computed ring and
 * its reasons) and in the API; both make the same write, which names the version read and is refused when stale.
 */
final class CurationRoutes {
    private final ServedData site;
    private final Team team;
    private final Curations curations;

    CurationRoutes(ServedData site, Team team) {
        this.site = site;
        this.team = team;
        this.curations = new Curations(site.database(), site.framework(), team.clock());
    }

    void register(RoutesConfig routes) {
        routes.get("/tools/{id}/curation", ctx -> page(ctx, curations.current(ctx.pathParam("id")), null, "", 200), Permission.CURATE);
        routes.post("/tools/{id}/curation", this::submit, Permission.CURATE);
        routes.get("/api/v1/tools/{id}/curation", ctx -> answer(ctx, curations.current(ctx.pathParam("id"))), Permission.READ);
        routes.put("/api/v1/tools/{id}/curation", ctx -> answer(ctx, write(ctx, Input.of(ctx), false)), Permission.CURATE);
        routes.delete("/api/v1/tools/{id}/curation", ctx -> answer(ctx, write(ctx, Input.of(ctx), true)), Permission.CURATE);
    }

    /** The one write the form and the API make: the version read, then the decision (null when clearing). */
    private Stored write(Context ctx, Input in, boolean clear) {
        Stored current = curations.current(ctx.pathParam("id"));
        int expected = Preconditions.expectedVersion(ctx, in);
        CuratorOverride decision = Input.checked("ring", () -> curations.decision(clear ? null : in.get("ring"),
                clear ? null : in.get("rationale"), clear));
        return curations.decide(Viewer.actor(ctx), current.tool().id(), decision, expected);
    }

    private void submit(Context ctx) {
        Input in = Input.of(ctx);
        try {
            Stored stored = write(ctx, in, "clear".equals(in.get("action")));
            ctx.redirect("/tools/" + Urls.encode(stored.tool().id()), HttpStatus.SEE_OTHER);
        } catch (ConcurrentEditException e) {
            page(ctx, curations.current(ctx.pathParam("id")), null, "Someone changed this tool while you were editing; nothing was "
                    + "saved. Here is the tool as it is now: look again and submit your decision once more.", 409);
        } catch (BadRequest e) {
            page(ctx, curations.current(ctx.pathParam("id")), in, e.getMessage(), 400);
        }
    }

    private void page(Context ctx, Stored stored, Input sent, String error, int status) {
        AssessedTool a = site.radar().get(stored.tool());
        Framework f = site.framework();
        CuratorOverride o = stored.tool().override();
        String ring = sent != null && sent.get("ring") != null ? sent.get("ring") : o == null ? a.assessment().computedRing() : o.ring();
        String rationale = sent != null ? value(sent.get("rationale")) : o == null ? "" : o.rationale();
        var choices = f.rings().stream().map(r -> new RingChoice(r.id(), r.name(), r.id().equalsIgnoreCase(ring))).toList();
        Templates.render(ctx, "curation.jte", Map.of("page", new CurationPage(stored.tool().id(), stored.tool().name(),
                f.ring(a.ring()).name(), f.ring(a.assessment().computedRing()).name(),
                a.assessment().reasons().stream().map(Reason::text).toList(), o != null, o == null ? "" : f.ring(o.ring()).name(),
                o == null ? "" : Markdown.toSafeHtml(o.rationale()), choices, rationale, stored.version(), error,
                Csrf.token(ctx, team.config().secureCookies()), ProposalPages.user(ctx))));
        ctx.status(status);
    }

    private void answer(Context ctx, Stored stored) {
        AssessedTool a = site.radar().get(stored.tool());
        CuratorOverride o = stored.tool().override();
        var json = new CurationJson(stored.tool().id(), stored.tool().name(), a.ring(), a.assessment().computedRing(),
                a.assessment().reasons().stream().map(Reason::text).toList(),
                o == null ? null : new CuratorJson(o.ring(), o.rationale(), Markdown.toSafeHtml(o.rationale())), stored.version());
        ctx.header("Cache-Control", "no-cache");
        Written.json(ctx, 200, json, Preconditions.etag(stored.version()));
    }

    /** A tool's ring as computed and as decided, with the curator's decision (null when none) and its version. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CurationJson(String tool, String name, String ring, String computedRing, List<String> reasons, CuratorJson curator,
                        int version) {
    }

    /** The curator's ring and rationale, in Markdown and as safe HTML. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CuratorJson(String ring, String rationale, String rationaleHtml) {
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }
}
