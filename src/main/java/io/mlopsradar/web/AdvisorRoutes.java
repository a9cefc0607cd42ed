package io.mlopsradar.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.mlopsradar.advisor.Advice;
import io.mlopsradar.advisor.AdviceJson;
import io.mlopsradar.advisor.AdviceMarkdown;
import io.mlopsradar.advisor.Advisor;
import io.mlopsradar.advisor.ProfileReader;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.UnknownToolException;
import io.mlopsradar.pictures.AdvicePictures;
import io.mlopsradar.pictures.CatalogPictures;
import io.mlopsradar.text.Markdown;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The advisor in the browser (a form or an uploaded profile) and as POST /api/v1/advice. */
final class AdvisorRoutes {
    private static final String FORM_NAME = "profile.yaml";

    private final ServedData site;
    private final String example;

    AdvisorRoutes(ServedData site) {
        this.site = site;
        try (InputStream in = AdvisorRoutes.class.getResourceAsStream("/web/example-profile.yaml")) {
            this.example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void register(RoutesConfig routes) {
        routes.get("/advice", ctx -> form(ctx, example, List.of(), 200));
        routes.post("/advice", this::advisePage);
        routes.post("/api/v1/advice", this::adviseApi);
    }

    private Advice advise(String fileName, String profileText) {
        return advise(site, fileName, profileText);
    }

    /** The advice for a profile's text, read against the stored catalogue; a bad profile is an InvalidInputException. */
    static Advice advise(ServedData site, String fileName, String profileText) {
        Catalog catalog = site.tools().catalog();
        var profile = new ProfileReader(site.framework(), catalog).parse(fileName, profileText);
        return new Advisor(site.framework(), catalog, site.relations(), site.today()).advise(profile);
    }

    private void advisePage(Context ctx) {
        Upload upload;
        try {
            upload = Upload.fromForm(ctx, Upload.PROFILE, "profile", FORM_NAME);
        } catch (Upload.Refused e) {
            form(ctx, "", List.of(e.getMessage()), e.status());
            return;
        } catch (InvalidInputException e) {
            form(ctx, "", e.problems().stream().map(Problem::toString).toList(), 400);
            return;
        }
        String text = upload.text();
        try {
            Advice advice = advise(upload.name(), text);
            Catalog catalog = site.tools().catalog();
            String svg = AdvicePictures.capabilityMap(site.framework(), catalog, advice, CatalogPictures.TOOL_LINK);
            String report = Markdown.toSafeHtml(AdviceMarkdown.render(advice, site.framework()));
            String radar = AdvicePictures.personalRadar(site.framework(), advice, CatalogPictures.TOOL_LINK);
            Templates.render(ctx, "advice.jte", Map.of("name", advice.organisation().name(), "svg", svg, "radar", radar, "report", report,
                    "json", Json.write(AdviceJson.of(advice))));
        } catch (InvalidInputException e) {
            form(ctx, text, e.problems().stream().map(Problem::toString).toList(), 400);
        } catch (UnknownToolException e) {
            form(ctx, text, List.of(e.getMessage()), 400);
        }
    }

    private void form(Context ctx, String profile, List<String> problems, int status) {
        Templates.render(ctx, "advice-form.jte", Map.of("profile", profile, "problems", problems));
        ctx.status(status);
    }

    private void adviseApi(Context ctx) {
        answeringProfileRefusals(ctx, () ->
                Etag.json(ctx, AdviceJson.of(advise("request body", Upload.fromBody(ctx, Upload.PROFILE).text()))));
    }

    /**
     * Runs an API call that reads a profile from the request body, answering what refuses it as problem+json: the
     * upload's own limits (413/415), a profile with problems (400, each problem listed) and an unknown tool (400).
     */
    static void answeringProfileRefusals(Context ctx, Runnable call) {
        try {
            call.run();
        } catch (Upload.Refused e) {
            WebApp.fail(ctx, e.status(), e.getMessage());
        } catch (InvalidInputException e) {
            ProblemJson.invalid(ctx, "the profile is not valid: " + e.problems().size() + " problem(s)", e.problems());
        } catch (UnknownToolException e) {
            WebApp.fail(ctx, 400, e.getMessage());
        }
    }
}
