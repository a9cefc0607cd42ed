package io.mlopsradar.web;

import io.mlopsradar.editions.EditionDates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.mlopsradar.audit.AuditCsv;
import io.mlopsradar.audit.AuditEntry;
import io.mlopsradar.audit.AuditFilter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import io.mlopsradar.web.TeamViews.AuditPage;
import java.util.List;
import java.util.Map;

/** The audit trail for site administrators: a page and an API, both filtered, and CSV export. Read-only by design. */
final class AuditRoutes {
    private static final int PAGE_LIMIT = 200;
    private final Team team;

    AuditRoutes(Team team) {
        this.team = team;
    }

    void register(RoutesConfig routes) {
        routes.get("/audit", this::page, Permission.ADMINISTER);
        routes.get("/api/v1/audit", this::api, Permission.ADMINISTER);
    }

    private void page(Context ctx) {
        AuditFilter f = filter(ctx, PAGE_LIMIT);
        Templates.render(ctx, "audit.jte", Map.of("page", new AuditPage(team.audit().find(f), f,
                ctx.queryString() == null ? "" : ctx.queryString(), Viewer.of(ctx).name())));
    }

    private void api(Context ctx) {
        List<AuditEntry> entries = team.audit().find(filter(ctx, AuditFilter.MAX_LIMIT));
        if ("csv".equalsIgnoreCase(ctx.queryParam("format"))) {
            ctx.header("Content-Disposition", "attachment; filename=\"audit.csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(AuditCsv.write(entries));
            return;
        }
        Written.json(ctx, 200, new EntriesJson(entries.size(), entries));
    }

    /** The entries the filter found, newest first, with their number. */
    record EntriesJson(int count, List<AuditEntry> entries) {
    }

    static AuditFilter filter(Context ctx, int defaultLimit) {
        String limit = Filters.blankToNull(ctx.queryParam("limit"));
        int n = defaultLimit;
        if (limit != null) {
            try {
                n = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                throw new BadRequest("limit", "query parameter 'limit' must be a whole number, not '" + limit + "'");
            }
        }
        OffsetDateTime to = date(ctx, "to");
        return new AuditFilter(Filters.blankToNull(ctx.queryParam("actor")), Filters.blankToNull(ctx.queryParam("action")),
                Filters.blankToNull(ctx.queryParam("target")), date(ctx, "from"), to == null ? null : to.plusDays(1), n);
    }

    /** A day (YYYY-MM-DD, UTC) as the start of that day. */
    private static OffsetDateTime date(Context ctx, String name) {
        String v = Filters.blankToNull(ctx.queryParam(name));
        if (v == null) return null;
        return EditionDates.read(v).orElseThrow(() -> new BadRequest(name, "query parameter '" + name
                + "' is a date as YYYY-MM-DD, not '" + v + "'")).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
