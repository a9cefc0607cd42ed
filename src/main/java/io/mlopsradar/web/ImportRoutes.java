package io.mlopsradar.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.mlopsradar.editions.PublishedEditionException;
import io.mlopsradar.imports.RadarImport;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Problem;
import io.mlopsradar.store.RadarRepository;
import io.mlopsradar.web.ImportViews.FormatChoice;
import io.mlopsradar.web.ImportViews.ImportPage;
import java.util.List;
import java.util.Map;

/**
 * Importing a file into a radar from the browser (an upload form, answered with the import's report) and from the
 * API ({@code POST /api/v1/radars/{name}/imports} with the file as the body). A radar not stored yet is created.
 */
final class ImportRoutes {
    private final ServedData site;
    private final Team team;
    private final RadarUpload upload;

    ImportRoutes(ServedData site, Team team) {
        this.site = site;
        this.team = team;
        this.upload = new RadarUpload(new RadarImport(new RadarRepository(site.database().jdbi(), team.clock()), team.clock()),
                site::today);
    }

    void register(RoutesConfig routes) {
        routes.get("/radars/{name}/import", ctx -> page(ctx, null, List.of(), "", "", "", false, 200), Permission.CURATE);
        routes.post("/radars/{name}/import", this::submit, Permission.CURATE);
        routes.post("/api/v1/radars/{name}/imports", this::api, Permission.CURATE);
    }

    private void submit(Context ctx) {
        String format = "";
        String edition = "";
        boolean lenient = false;
        try {
            Upload file = Upload.fromForm(ctx, RadarUpload.RADAR_FILE, null, "upload");
            format = value(ctx.formParam("format"));
            edition = value(ctx.formParam("edition"));
            lenient = "lenient".equals(ctx.formParam("mode"));
            var report = upload.run(Viewer.actor(ctx), ctx.pathParam("name"), file, blank(format), blank(edition), lenient);
            page(ctx, report, List.of(), "", format, edition, lenient, 200);
        } catch (Upload.Refused e) {
            page(ctx, null, List.of(), e.getMessage(), format, edition, lenient, e.status());
        } catch (BadRequest e) {
            page(ctx, null, List.of(), e.getMessage(), format, edition, lenient, 400);
        } catch (InvalidInputException e) {
            page(ctx, null, e.problems(), "The file was refused and nothing was imported.", format, edition, lenient, 400);
        } catch (PublishedEditionException e) {
            page(ctx, null, List.of(), e.getMessage() + "; nothing was imported.", format, edition, lenient, 409);
        }
    }

    private void api(Context ctx) {
        try {
            Upload file = Upload.fromBody(ctx, RadarUpload.RADAR_FILE);
            var report = upload.run(Viewer.actor(ctx), ctx.pathParam("name"), new Upload(blank(ctx.queryParam("filename")) == null
                    ? "upload" : ctx.queryParam("filename"), file.text()), ctx.queryParam("format"), blank(ctx.queryParam("edition")),
                    "true".equalsIgnoreCase(ctx.queryParam("lenient")));
            Written.json(ctx, report.radarCreated() ? 201 : 200, new ImportAnswer(report.format(), report.json()));
        } catch (Upload.Refused e) {
            WebApp.fail(ctx, e.status(), e.getMessage());
        } catch (InvalidInputException e) {
            ProblemJson.invalid(ctx, "the file was refused and nothing was imported: " + e.problems().size() + " problem(s)",
                    e.problems(), true);
        }
    }

    /** The API's answer to an import: the format read, then the report. */
    record ImportAnswer(String format, @JsonUnwrapped RadarImport.ReportJson report) {
    }

    private void page(Context ctx, RadarImport.Report report, List<Problem> refused, String error, String format,
            String edition, boolean lenient, int status) {
        String name = ctx.pathParam("name");
        var history = site.radars().history(name);
        var formats = RadarUpload.formats().stream().map(f -> new FormatChoice(f.id(), f.title(), f.id().equals(format))).toList();
        Templates.render(ctx, "import.jte", Map.of("page", new ImportPage(name, history.map(h -> h.radar().title()).orElse(name),
                history.isPresent(), formats, edition, lenient, report, refused, error,
                Csrf.token(ctx, team.config().secureCookies()), ProposalPages.user(ctx))));
        ctx.status(status);
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
