package io.mlopsradar.site;

import io.mlopsradar.drawing.RadarSvg;
import io.mlopsradar.editions.BlipMovement;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.HistoryJson;
import io.mlopsradar.editions.Movement;
import io.mlopsradar.pictures.HistoryPictures;
import io.mlopsradar.site.SiteViews.BlipRow;
import io.mlopsradar.site.SiteViews.EditionList;
import io.mlopsradar.site.SiteViews.EditionPage;
import io.mlopsradar.site.SiteViews.EditionRow;
import io.mlopsradar.site.SiteViews.Front;
import io.mlopsradar.site.SiteViews.Link;
import io.mlopsradar.site.SiteViews.Removed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The front page (the latest edition), the list of editions and one page per edition with movements and removals. */
final class EditionPages {
    private final SiteData data;
    private final SiteFiles files;

    EditionPages(SiteData data, SiteFiles files) {
        this.data = data;
        this.files = files;
    }

    void write() {
        LocalDate latest = data.latest();
        files.page("index.html", "front", new Page(data.title(), data.title(), "", "index"), new Front(data.title(), latest,
                "editions/" + SiteData.editionFile(latest), data.history().editions().size(), picture(latest, "tools/{id}.html"),
                blips(latest, "")));
        files.page("editions/index.html", "editions", new Page("Editions", data.title(), "../", "editions"), list());
        for (Edition e : data.history().editions()) {
            files.page("editions/" + SiteData.editionFile(e.date()), "edition",
                    new Page("Edition " + e.date(), data.title(), "../", "editions"), edition(e));
        }
    }

    private EditionList list() {
        var rows = new ArrayList<EditionRow>();
        for (Edition e : data.history().editions()) {
            HistoryJson.SummaryJson s = HistoryJson.summary(e, data.movements().get(e.date()));
            rows.add(new EditionRow(new Link(SiteData.editionFile(e.date()), e.date().toString()), s.status(),
                    s.blips(), Movement.CHANGES.stream().map(s::count).toList()));
        }
        return new EditionList(data.title(), Movement.CHANGES.stream().map(Movement::label).toList(), rows);
    }

    private EditionPage edition(Edition e) {
        List<Removed> removed = data.movements().get(e.date()).stream().filter(m -> m.movement() == Movement.REMOVED)
                .map(m -> new Removed(new Link("../tools/" + SiteData.toolFile(m.key()), m.blip().name()), m.previousRing()))
                .toList();
        return new EditionPage(data.title(), e.date(), e.isPublished(), neighbours(e.date()),
                picture(e.date(), "../tools/{id}.html"), blips(e.date(), "../"), removed);
    }

    private List<Link> neighbours(LocalDate date) {
        List<Edition> all = data.history().editions();
        int i = all.indexOf(data.history().edition(date));
        var links = new ArrayList<Link>();
        if (i > 0) links.add(new Link(SiteData.editionFile(all.get(i - 1).date()), "← " + all.get(i - 1).date()));
        links.add(new Link("index.html", "all editions"));
        if (i + 1 < all.size()) links.add(new Link(SiteData.editionFile(all.get(i + 1).date()), all.get(i + 1).date() + " →"));
        return links;
    }

    private String picture(LocalDate date, String linkPattern) {
        return SiteFiles.inline(RadarSvg.render(HistoryPictures.radar(data.history(), date, linkPattern)));
    }

    private List<BlipRow> blips(LocalDate date, String root) {
        return data.movements().get(date).stream().filter(m -> m.movement() != Movement.REMOVED)
                .map(m -> BlipRow.of(m, root)).toList();
    }
}
