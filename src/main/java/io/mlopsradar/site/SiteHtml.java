package io.mlopsradar.site;

import io.mlopsradar.drawing.Svg;
import io.mlopsradar.text.Markdown;
import io.mlopsradar.text.Urls;

/** Small HTML helpers for the static site: every text is escaped, every note sanitised, every URL checked. */
final class SiteHtml {

    private SiteHtml() {
    }

    static String text(String value) {
        return value == null ? "" : Svg.escape(value);
    }

    /** A link with escaped href and text. */
    static String a(String href, String label) {
        return "<a href=\"" + text(href) + "\">" + text(label) + "</a>";
    }

    /** A link to an outside page, only for http and https URLs; anything else shows as plain text. */
    static String external(String url) {
        if (!Urls.isHttp(url)) return text(url);
        return "<a href=\"" + text(url) + "\" rel=\"noopener\">" + text(url) + "</a>";
    }

    /** A blip's note (Markdown or HTML from an import) as safe HTML. */
    static String note(String note) {
        return Markdown.toSafeHtml(note);
    }

    /** An SVG picture to place inline in a page: without any XML declaration. */
    static String inline(String svg) {
        return svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).strip() : svg;
    }

    static String cell(String... values) {
        var b = new StringBuilder("<tr>");
        for (String v : values) b.append("<td>").append(v).append("</td>");
        return b.append("</tr>\n").toString();
    }

    static String header(String... names) {
        var b = new StringBuilder("<tr>");
        for (String n : names) b.append("<th>").append(text(n)).append("</th>");
        return b.append("</tr>\n").toString();
    }
}
