package io.mlopsradar.site;

import io.mlopsradar.editions.BlipMovement;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.EditionMaps;
import io.mlopsradar.editions.Movement;
import io.mlopsradar.pictures.HistoryPictures;
import io.mlopsradar.drawing.RadarSvg;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The front page (the latest edition), the list of editions and one page per edition with movements and removals. */
final class EditionPages {
    private final SiteData data;
    private final SiteFiles files;

    EditionPages(SiteData data, SiteFiles files) {
        this.data = data;
        this.files = files;
    }

    void write() {
        files.write("index.html", front());
        files.write("editions/index.html", list());
        for (Edition e : data.history().editions()) files.write("editions/" + SiteData.editionFile(e.date()), edition(e));
    }

    private String front() {
        LocalDate latest = data.latest();
        String body = "<h1>" + SiteHtml.text(data.title()) + "</h1>\n<p class=\"subtitle\">Edition of " + latest + " · "
                + SiteHtml.a("editions/" + SiteData.editionFile(latest), "what changed in this edition") + " · "
                + SiteHtml.a("editions/index.html", "all " + data.history().editions().size() + " editions") + "</p>\n"
                + picture(latest, "tools/{id}.html") + blipTable(latest, "");
        return new Page(data.title(), "", "index", body).html(data.title());
    }

    private String list() {
        var headers = new java.util.ArrayList<>(List.of("edition", "status", "blips"));
        Movement.CHANGES.forEach(kind -> headers.add(kind.label()));
        var rows = new StringBuilder(SiteHtml.header(headers.toArray(String[]::new)));
        for (Edition e : data.history().editions()) {
            Map<String, Object> s = EditionMaps.summary(e, data.movements().get(e.date()));
            var cells = new java.util.ArrayList<>(List.of(SiteHtml.a(SiteData.editionFile(e.date()), e.date().toString()),
                    SiteHtml.text((String) s.get("status")), String.valueOf(s.get("blips"))));
            Movement.CHANGES.forEach(kind -> cells.add(String.valueOf(s.get(kind.key()))));
            rows.append(SiteHtml.cell(cells.toArray(String[]::new)));
        }
        String body = "<h1>Editions</h1>\n<p>Every edition of " + SiteHtml.text(data.title())
                + ", with what changed against the previous published edition.</p>\n<table>\n" + rows + "</table>";
        return new Page("Editions", "../", "editions", body).html(data.title());
    }

    private String edition(Edition e) {
        List<BlipMovement> moves = data.movements().get(e.date());
        var removed = new StringBuilder();
        for (BlipMovement m : moves) {
            if (m.movement() == Movement.REMOVED) {
                removed.append("<li class=\"removed\">").append(SiteHtml.a("../tools/" + SiteData.toolFile(m.key()), m.blip().name()))
                        .append(" (was ").append(SiteHtml.text(m.previousRing())).append(")</li>\n");
            }
        }
        String body = "<h1>" + SiteHtml.text(data.title()) + ": " + e.date() + "</h1>\n<p class=\"subtitle\">"
                + (e.isPublished() ? "Published" : "Draft") + " edition · " + neighbours(e.date()) + "</p>\n"
                + picture(e.date(), "../tools/{id}.html") + blipTable(e.date(), "../")
                + "<h2>Removed in this edition</h2>\n" + (removed.isEmpty() ? "<p>None.</p>" : "<ul>\n" + removed + "</ul>");
        return new Page("Edition " + e.date(), "../", "editions", body).html(data.title());
    }

    private String neighbours(LocalDate date) {
        List<Edition> all = data.history().editions();
        int i = all.indexOf(data.history().edition(date));
        String prev = i > 0 ? SiteHtml.a(SiteData.editionFile(all.get(i - 1).date()), "← " + all.get(i - 1).date()) : "";
        String next = i + 1 < all.size() ? SiteHtml.a(SiteData.editionFile(all.get(i + 1).date()), all.get(i + 1).date() + " →") : "";
        return String.join(" · ", List.of(prev, SiteHtml.a("index.html", "all editions"), next).stream().filter(s -> !s.isEmpty()).toList());
    }

    private String picture(LocalDate date, String linkPattern) {
        String svg = RadarSvg.render(HistoryPictures.radar(data.history(), date, linkPattern));
        return "<figure class=\"picture\">" + SiteHtml.inline(svg) + "</figure>\n";
    }

    private String blipTable(LocalDate date, String root) {
        var rows = new StringBuilder(SiteHtml.header("blip", "ring", "segment", "movement"));
        data.movements().get(date).stream().filter(m -> m.movement() != Movement.REMOVED).forEach(m -> rows.append(SiteHtml.cell(
                SiteHtml.a(root + "tools/" + SiteData.toolFile(m.key()), m.blip().name()), SiteHtml.text(m.blip().ring()),
                SiteHtml.text(m.blip().segment()), movement(m))));
        return "<table class=\"blips\">\n" + rows + "</table>\n";
    }

    /** A movement marker: the word, classed for colour, with the ring it came from when it moved. */
    static String movement(BlipMovement m) {
        String name = EditionMaps.name(m.movement());
        String from = m.previousRing() != null && m.movement() != Movement.UNCHANGED ? " from " + SiteHtml.text(m.previousRing()) : "";
        return "<span class=\"movement movement-" + name + "\">" + name.replace('-', ' ') + from + "</span>";
    }
}
