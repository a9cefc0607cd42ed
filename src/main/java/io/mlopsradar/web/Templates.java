package io.mlopsradar.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/** Renders the precompiled jte templates (compiled at build time from src/main/jte). */
final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {
    }

    static void render(Context ctx, String template, Map<String, Object> params) {
        var out = new StringOutput();
        ENGINE.render(template, params, out);
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }

    static String renderToString(String template, Map<String, Object> params) {
        var out = new StringOutput();
        ENGINE.render(template, params, out);
        return out.toString();
    }
}
