package io.mlopsradar.site;

import io.mlopsradar.drawing.LandscapeSvg;
import io.mlopsradar.editions.BlipMovement;
import io.mlopsradar.editions.Movement;
import io.mlopsradar.landscape.Ring;
import io.mlopsradar.pictures.CatalogPictures;
import io.mlopsradar.rings.AssessedTool;
import io.mlopsradar.rings.RadarOfCatalog;
import io.mlopsradar.rings.RingContext;
import io.mlopsradar.site.SiteViews.BlipRow;
import io.mlopsradar.site.SiteViews.Landscape;
import io.mlopsradar.site.SiteViews.RingCard;
import io.mlopsradar.site.SiteViews.Rings;
import java.util.List;
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
        files.page("rings.html", "rings", new Page("Rings", data.title(), "", "rings"), rings());
        files.page("landscape.html", "landscape", new Page("Landscape", data.title(), "", "landscape"), landscape());
    }

    private List<BlipMovement> latest() {
        return data.movements().get(data.latest()).stream().filter(m -> m.movement() != Movement.REMOVED).toList();
    }

    private Rings rings() {
        var cards = data.history().radar().rings().stream().map(ring -> new RingCard(ring, strategy(ring),
                latest().stream().filter(m -> m.blip().ring().equalsIgnoreCase(ring)).map(m -> BlipRow.of(m, "")).toList()))
                .toList();
        return new Rings(data.latest(), cards);
    }

    private String strategy(String ring) {
        return data.framework().rings().stream().filter(r -> r.name().equalsIgnoreCase(ring) || r.id().equalsIgnoreCase(ring))
                .findFirst().map(Ring::strategy).orElse(null);
    }

    private Landscape landscape() {
        Set<String> keys = latest().stream().map(BlipMovement::key).collect(Collectors.toSet());
        var assessed = new RadarOfCatalog(data.framework(), data.catalog(), RingContext.on(data.latest()));
        List<AssessedTool> tools = assessed.tools().stream().filter(a -> keys.contains(a.tool().id())).toList();
        String svg = SiteFiles.inline(LandscapeSvg.render(new CatalogPictures(data.framework())
                .landscape(data.title() + ": landscape", tools, true, Set.of(), "tools/{id}.html")));
        return new Landscape(data.latest(), tools.size(), svg);
    }
}
