package io.mlopsradar.formats.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** Cleans HTML from outside files: basic formatting only, links to http, https and mailto, no scripts or handlers. */
public final class Html {
    private static final Safelist SAFE = Safelist.basic().removeProtocols("a", "href", "ftp");
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private Html() {
    }

    /** Sanitised HTML, or null when nothing is left. */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) return null;
        String clean = Jsoup.clean(html, "", SAFE, COMPACT).trim();
        return clean.isEmpty() ? null : clean;
    }

    /** The plain text of some HTML or Markdown-ish text, whitespace collapsed. */
    public static String text(String html) {
        if (html == null) return null;
        return Jsoup.parse(html).text().trim();
    }

    /** Blank text becomes null, other text is trimmed. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
