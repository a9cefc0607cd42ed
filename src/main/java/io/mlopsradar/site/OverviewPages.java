package io.mlopsradar.site;

import io.mlopsradar.editions.BlipMovement;
import io.mlopsradar.editions.Movement;
import io.mlopsradar.landscape.Ring;
import io.mlopsradar.pictures.CatalogPictures;
import io.mlopsradar.drawing.LandscapeSvg;
import io.mlopsradar.rings.AssessedTool;
import io.mlopsradar.rings.RadarOfCatalog;
import io.mlopsradar.rings.RingContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The rings page (the latest edition's blips by ring, with each ring's strategy) and the landscape of its catalogue tools. */
final class OverviewPages {
    private final SiteData data;
    private final SiteFiles files;

    OverviewPages(SiteData data, SiteFiles files) {
        this.data = data;
        this.files = files;
    }

    void write() {
        files.write("rings.html", rings());
        files.write("landscape.html", landscape());
    }

    private List<BlipMovement> latest() {
        return data.movements().get(data.latest()).stream().filter(m -> m.movement() != Movement.REMOVED).toList();
    }

    private String rings() {
        var body = new StringBuilder("<h1>Rings</h1>\n<p>The blips of the edition of " + data.latest() + ", ring by ring.</p>\n");
        for (String ring : data.history().radar().rings()) {
            body.append("<section class=\"ring-card\">\n<h2>").append(SiteHtml.text(ring)).append("</h2>\n");
            strategy(ring).ifPresent(r -> body.append("<p>").append(SiteHtml.text(r.strategy())).append("</p>\n"));
            body.append("<ul>\n");
            latest().stream().filter(m -> m.blip().ring().equalsIgnoreCase(ring)).forEach(m -> body.append("<li>")
                    .append(SiteHtml.a("tools/" + SiteData.toolFile(m.key()), m.blip().name())).append(' ')
                    .append(EditionPages.movement(m)).append("</li>\n"));
            body.append("</ul>\n</section>\n");
        }
        return new Page("Rings", "", "rings", body.toString()).html(data.title());
    }

    private Optional<Ring> strategy(String ring) {
        return data.framework().rings().stream().filter(r -> r.name().equalsIgnoreCase(ring) || r.id().equalsIgnoreCase(ring)).findFirst();
    }

    private String landscape() {
        Set<String> keys = latest().stream().map(BlipMovement::key).collect(Collectors.toSet());
        var assessed = new RadarOfCatalog(data.framework(), data.catalog(), RingContext.on(data.latest()));
        List<AssessedTool> tools = assessed.tools().stream().filter(a -> keys.contains(a.tool().id())).toList();
        String body = "<h1>Landscape</h1>\n<p>The " + tools.size() + " blips of the edition of " + data.latest()
                + " that are catalogue tools, placed by artifact focus (across) and scope (up); shaded by the ring the policy gives them.</p>\n"
                + "<figure class=\"picture\">" + SiteHtml.inline(LandscapeSvg.render(new CatalogPictures(data.framework())
                .landscape(data.title() + ": landscape", tools, true, Set.of(), "tools/{id}.html"))) + "</figure>";
        return new Page("Landscape", "", "landscape", body).html(data.title());
    }
}
