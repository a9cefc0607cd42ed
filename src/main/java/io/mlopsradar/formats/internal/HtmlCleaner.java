package io.mlopsradar.formats.internal;

import io.mlopsradar.text.Markdown;
import org.jsoup.Jsoup;

/** Cleans HTML from outside files with the project's one set of rules ({@link Markdown#sanitise}). */
public final class HtmlCleaner {

    private HtmlCleaner() {
    }

    /** Sanitised HTML, or null when nothing is left. */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) return null;
        String clean = Markdown.sanitise(html);
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
