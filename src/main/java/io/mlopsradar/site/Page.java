package io.mlopsradar.site;

/**
 * The frame of one page of the static site, read by {@code site/layout.jte}: relative links only (so the site opens
 * from disk), the stylesheet, the navigation, a search box and the two external scripts, never inline ones.
 *
 * @param root the way back to the site's top folder from this page: "" or "../"
 * @param nav  the navigation entry marked current: index, editions, rings, landscape or tools
 */
public record Page(String title, String radarTitle, String root, String nav) {

    /** The navigation entry's class: "current" on this page's entry, none elsewhere. */
    public String current(String entry) {
        return entry.equals(nav) ? "current" : null;
    }
}
