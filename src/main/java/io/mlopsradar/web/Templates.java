package io.mlopsradar.web;

import io.javalin.http.Context;
import io.mlopsradar.templates.HtmlTemplates;
import java.util.Map;

/** Answers a request with a rendered page template. */
final class Templates {

    private Templates() {
    }

    static void render(Context ctx, String template, Map<String, Object> params) {
        ctx.contentType("text/html; charset=utf-8").result(HtmlTemplates.render(template, params));
    }

    static String renderToString(String template, Map<String, Object> params) {
        return HtmlTemplates.render(template, params);
    }
}
