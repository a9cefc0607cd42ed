package io.mlopsradar.templates;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** Renders a precompiled jte template (compiled at build time from src/main/jte) to HTML, escaping every value by default. */
public final class HtmlTemplates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private HtmlTemplates() {
    }

    /** @param template the template's path under src/main/jte, e.g. {@code "site/edition.jte"} */
    public static String render(String template, Map<String, Object> params) {
        var out = new StringOutput();
        ENGINE.render(template, params, out);
        return out.toString();
    }
}
