package io.mlopsradar.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.mlopsradar.accounts.Secrets;

/**
 * Cross-site request forgery protection by a per-browser token: kept in an HttpOnly SameSite=Lax cookie, written
 * into every form (and the page's meta tag for scripts), and required back on every state-changing request that
 * a browser makes. Requests with a bearer token carry no cookies and need none.
 */
final class Csrf {
    static final String COOKIE = "radar_csrf";
    static final String FIELD = "csrf";
    static final String HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = "radar.csrf";

    private Csrf() {
    }

    /** The browser's token, issued (as a cookie) on its first visit. */
    static String token(Context ctx, boolean secure) {
        String token = ctx.attribute(ATTRIBUTE);
        if (token != null) return token;
        token = ctx.cookie(COOKIE);
        if (token == null || token.length() < 20) {
            token = Secrets.random("");
            ctx.cookie(cookie(COOKIE, token, -1, secure));
        }
        ctx.attribute(ATTRIBUTE, token);
        return token;
    }

    /** Refuses (403) a state-changing request whose token is missing or is not the browser's. */
    static void check(Context ctx) {
        String sent = ctx.header(HEADER);
        if (sent == null && isForm(ctx)) sent = field(ctx);
        if (!Secrets.same(sent, ctx.cookie(COOKIE))) {
            throw new Denied(403, "this form or request lacks its CSRF token (reload the page and try again)");
        }
    }

    /** The form's token; a form Jetty cannot read (malformed, or beyond the upload limit) is refused as such. */
    private static String field(Context ctx) {
        try {
            return ctx.formParam(FIELD);
        } catch (RuntimeException e) {
            if (ctx.contentLength() > RadarUpload.RADAR_FILE.maxForm()) {
                throw Upload.drained(ctx, new Upload.Refused(HttpStatus.CONTENT_TOO_LARGE, "the form is larger than "
                        + RadarUpload.RADAR_FILE.maxForm() / 1024 + " KiB"));
            }
            throw new Upload.Refused(HttpStatus.BAD_REQUEST, "the form could not be read: it is not a well-formed form upload");
        }
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }

    static Cookie cookie(String name, String value, int maxAge, boolean secure) {
        return new Cookie(name, value, "/", maxAge, secure, true, null, SameSite.LAX);
    }
}
