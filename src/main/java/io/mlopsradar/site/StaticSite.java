package io.mlopsradar.site;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.editions.History;
import io.mlopsradar.landscape.Framework;
import java.nio.file.Path;

/**
 * Writes a radar as a self-contained static site: the latest edition, one page per edition, one per blip, the rings,
 * the landscape, a stylesheet and a search that works from disk. Every link is relative; no page holds inline script.
 */
public final class StaticSite {

    private StaticSite() {
    }

    /** What was written. */
    public record Result(Path folder, int files, long bytes) {
    }

    public static Result build(History history, Catalog catalog, Framework framework, Path folder) {
        SiteData data = SiteData.of(history, catalog, framework);
        var files = new SiteFiles(folder);
        files.write("site.css", SiteFiles.resource("/public/assets/site.css") + "\n" + SiteFiles.resource("/site/site-extra.css"));
        files.write("search.js", SiteFiles.resource("/site/search.js"));
        files.write("search-index.js", SearchIndex.script(data));
        new EditionPages(data, files).write();
        new BlipPages(data, files).write();
        new OverviewPages(data, files).write();
        return new Result(folder, files.files(), files.bytes());
    }
}
