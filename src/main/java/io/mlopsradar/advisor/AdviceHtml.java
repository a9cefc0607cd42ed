package io.mlopsradar.advisor;

import io.mlopsradar.landscape.Framework;
import io.mlopsradar.text.Markdown;
import org.jsoup.nodes.Document;

/**
 * Renders an {@link Advice} as one self-contained HTML page with inline CSS: the Markdown report, converted with
 * raw HTML escaped, cleaned against a safelist, and wrapped in a page whose title is set as text.
 */
public final class AdviceHtml {
    static final String CSS = """
            @page { size: A4; margin: 16mm 14mm; }
            body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.45; color: #1d2430; max-width: 60em; margin: 0 auto; }
            h1 { font-size: 20pt; color: #123c69; border-bottom: 2px solid #123c69; padding-bottom: 4pt; }
            h2 { font-size: 14pt; color: #123c69; margin-top: 18pt; }
            h3 { font-size: 11.5pt; margin-bottom: 4pt; }
            table { border-collapse: collapse; width: 100%; margin: 6pt 0; }
            th, td { border: 1px solid #c9d1dc; padding: 3pt 5pt; text-align: left; vertical-align: top; font-size: 9pt; }
            th { background: #eef2f7; }
            li { margin-bottom: 3pt; }
            figure.capability { margin: 6pt 0; }
            figure.capability svg, figure.capability img { width: 100%; height: auto; }
            code { font-family: 'DejaVu Sans Mono', monospace; font-size: 9pt; }
            """;

    private AdviceHtml() {
    }

    public static String render(Advice advice, Framework framework) {
        return render(advice, framework, null);
    }

    /**
     * The page with a picture of the capability map placed under the first section heading; the picture is markup
     * the caller made safe (an SVG from the renderer, or an image), so it is inserted after sanitising the rest.
     */
    public static String render(Advice advice, Framework framework, String capabilityPicture) {
        return page("MLOps advice for " + advice.organisation().name(), AdviceMarkdown.render(advice, framework),
                capabilityPicture);
    }

    /** A complete page from a title (plain text) and a Markdown body. */
    static String page(String title, String markdown) {
        return page(title, markdown, null);
    }

    static String page(String title, String markdown, String picture) {
        String body = Markdown.toSafeHtml(markdown);
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(true);
        doc.head().appendElement("meta").attr("charset", "UTF-8");
        doc.head().appendElement("title").text(title);
        doc.head().appendElement("style").appendText(CSS);
        doc.body().html(body);
        var firstSection = doc.body().selectFirst("h2");
        if (picture != null && firstSection != null) {
            firstSection.after("<figure class=\"capability\">" + picture + "</figure>");
        }
        doc.child(0).attr("lang", "en");
        return "<!DOCTYPE html>\n" + doc.outerHtml();
    }
}
