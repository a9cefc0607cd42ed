package io.mlopsradar.text;

import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown from data to safe HTML: commonmark renders, then jsoup keeps only harmless tags, drops every event
 * handler and allows only http, https and mailto links (commonmark alone lets script and javascript: through).
 */
public final class Markdown {
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final Safelist SAFE = Safelist.basic()
            .addTags("h1", "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "hr")
            .removeProtocols("a", "href", "ftp")
            .addAttributes("a", "rel");

    private Markdown() {
    }

    public static String toSafeHtml(String markdown) {
        if (markdown == null) return "";
        String html = RENDERER.render(PARSER.parse(markdown));
        return sanitise(html);
    }

    /** Cleans HTML from outside (imports, descriptions) with the same rules. */
    public static String sanitise(String html) {
        if (html == null) return "";
        return Jsoup.clean(html, "", SAFE, new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false)).trim();
    }
}
