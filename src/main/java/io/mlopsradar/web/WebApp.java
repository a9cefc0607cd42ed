package io.mlopsradar.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.http.staticfiles.Location;
import io.mlopsradar.catalog.UnknownToolException;
import java.util.Map;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Javalin application: pages, the REST API under /api/v1, pictures, static assets and security headers. */
public final class WebApp {
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private WebApp() {
    }

    public static Javalin create(ServedData site) {
        return create(site, TeamConfig.defaults());
    }

    public static Javalin create(ServedData site, TeamConfig teamConfig) {
        var team = Team.of(site, teamConfig, site.clock());
        var pictures = new PictureRoutes(site);
        var pages = new PageRoutes(site, pictures);
        var api = new ApiRoutes(site);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.http.defaultContentType = "text/html; charset=utf-8";
            config.jetty.multipartConfig.maxTotalRequestSize(RadarUpload.RADAR_FILE.maxForm(), SizeUnit.BYTES);
            config.routes.before(WebApp::securityHeaders);
            config.routes.before(ctx -> ctx.attribute(Etag.STAMP, site.stamp()));
            pages.register(config.routes);
            api.register(config.routes);
            pictures.register(config.routes);
            new AdvisorRoutes(site).register(config.routes);
            new EditionRoutes(site).register(config.routes);
            TeamRoutes.register(config.routes, site, team);
            config.routes.exception(BadRequest.class, (e, ctx) -> fail(ctx, 400, e.getMessage()));
            config.routes.exception(UnknownToolException.class, (e, ctx) -> fail(ctx, 404, e.getMessage()));
            config.routes.exception(NoSuchElementException.class, (e, ctx) -> fail(ctx, 404, e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request failed: {} {}", ctx.method(), ctx.path(), e);
                fail(ctx, 500, "the server failed to answer this request; it has been logged");
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) fail(ctx, 404, "nothing at " + ctx.path());
            });
            HttpErrors.configure(config);
        });
        answerHeadLikeGet(app);
        return app;
    }

    /**
     * Renders what the first visitor asks for (the radar page, with the assessed catalogue and the radar picture) into
     * the caches. A server runs this beside its start-up, so that the first request finds the page ready; a request
     * that arrives while it runs waits for the same render.
     */
    public static void warmUp(ServedData site) {
        new PageRoutes(site, new PictureRoutes(site)).warmRadar();
        site.relations(); // tool pages and advice read them
        PictureRoutes.warmRadarPng(site);
    }

    /**
     * Registers HEAD beside every GET route, running the same handler: same status, content type and ETag, and
     * Jetty sends no body for a HEAD request. Routes added by any feature are covered without a second line each.
     */
    static void answerHeadLikeGet(Javalin app) {
        var router = app.unsafe.internalRouter;
        var gets = router.allHttpHandlers().stream().map(p -> p.endpoint).filter(e -> e.method == HandlerType.GET).toList();
        for (Endpoint get : gets) {
            if (!router.hasHttpHandlerEntry(HandlerType.HEAD, get.path)) {
                // the same roles as the GET route, so that the authorisation check treats both alike
                var roles = get.metadata(io.javalin.security.Roles.class);
                router.addHttpEndpoint(new Endpoint(HandlerType.HEAD, get.path, get.handler,
                        roles == null ? java.util.Set.of() : java.util.Set.of(roles)));
            }
        }
    }

    /** The headers every answer carries, pages and errors alike. */
    static final Map<String, String> SECURITY_HEADERS = Map.of("Content-Security-Policy", CSP, "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin", "X-Frame-Options", "DENY");

    private static void securityHeaders(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
    }

    /** Answers an error as problem+json under /api, as a page elsewhere. */
    static void fail(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ProblemJson.send(ctx, status, message);
        } else {
            Templates.render(ctx, "error.jte", Map.of("status", status, "message", message));
            ctx.status(status);
        }
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            default -> status < 500 ? "Client Error" : "Internal Server Error";
        };
    }
}
