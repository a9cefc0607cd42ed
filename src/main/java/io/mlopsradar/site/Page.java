package io.mlopsradar.site;

/**
 * The frame of every page of the static site: relative links only (so the site opens from disk), the stylesheet,
 * the navigation, a search box and the two external scripts, never inline ones.
 */
record Page(String title, String root, String nav, String body) {

    /** @param root the way back to the site's top folder from this page: "" or "../" */
    String html(String radarTitle) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · %s</title>
                <link rel="stylesheet" href="%ssite.css">
                <script src="%ssearch-index.js" defer></script>
                <script src="%ssearch.js" defer></script>
                </head>
                <body data-root="%s">
                <header class="top">
                <a class="brand" href="%sindex.html">%s</a>
                <nav aria-label="Main">%s</nav>
                <form class="search" role="search"><label>Search <input id="site-search" type="search" autocomplete="off"></label>
                <ul id="site-search-results"></ul></form>
                </header>
                <main id="main">
                %s
                </main>
                <footer class="bottom"><p>A static copy of the radar, made by MLOps Radar. It works from disk and on any static host.</p></footer>
                </body>
                </html>
                """.formatted(SiteHtml.text(title), SiteHtml.text(radarTitle), root, root, root, root, root, SiteHtml.text(radarTitle),
                links(), body);
    }

    private String links() {
        var b = new StringBuilder();
        for (String[] item : new String[][] {{"index", "index.html", "Radar"}, {"editions", "editions/index.html", "Editions"},
                {"rings", "rings.html", "Rings"}, {"landscape", "landscape.html", "Landscape"}, {"tools", "tools/index.html", "Tools"}}) {
            b.append("<a href=\"").append(root).append(item[1]).append('"')
                    .append(item[0].equals(nav) ? " class=\"current\"" : "").append('>').append(item[2]).append("</a> ");
        }
        return b.toString().strip();
    }
}
