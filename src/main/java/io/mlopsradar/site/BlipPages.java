package io.mlopsradar.site;

import io.mlopsradar.catalog.Tool;
import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.TimelineEntry;
import io.mlopsradar.pictures.HistoryPictures;
import io.mlopsradar.drawing.TimelineSvg;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** One page per blip ever on the radar (catalogue facts when it is a catalogue tool, ring history, timeline) and their index. */
final class BlipPages {
    private final SiteData data;
    private final SiteFiles files;

    BlipPages(SiteData data, SiteFiles files) {
        this.data = data;
        this.files = files;
    }

    void write() {
        var index = new StringBuilder(SiteHtml.header("blip", "segment", "editions"));
        data.timelines().keySet().stream().sorted(Comparator.comparing(k -> data.blip(k).name().toLowerCase())).forEach(key -> {
            List<TimelineEntry> timeline = data.timelines().get(key);
            files.write("tools/" + SiteData.toolFile(key), page(key, timeline));
            index.append(SiteHtml.cell(SiteHtml.a(SiteData.toolFile(key), data.blip(key).name()), SiteHtml.text(data.blip(key).segment()),
                    String.valueOf(timeline.stream().filter(t -> t.ring() != null).count())));
        });
        String body = "<h1>Every blip</h1>\n<p>Each blip that was ever on " + SiteHtml.text(data.title()) + ".</p>\n<table>\n" + index + "</table>";
        files.write("tools/index.html", new Page("Blips", "../", "tools", body).html(data.title()));
    }

    private String page(String key, List<TimelineEntry> timeline) {
        Blip blip = data.blip(key);
        var body = new StringBuilder("<article class=\"tool\">\n<h1>").append(SiteHtml.text(blip.name())).append("</h1>\n")
                .append("<p class=\"subtitle\">").append(SiteHtml.text(blip.segment())).append("</p>\n");
        data.tool(key).ifPresent(t -> body.append(facts(t)));
        body.append("<h2>Ring history</h2>\n<table>\n").append(SiteHtml.header("edition", "ring", "movement", "note"));
        for (TimelineEntry e : timeline) {
            body.append(SiteHtml.cell(SiteHtml.a("../editions/" + SiteData.editionFile(e.date()), e.date().toString()),
                    e.ring() == null ? "<span class=\"removed\">removed</span>" : SiteHtml.text(e.ring()),
                    "<span class=\"movement movement-" + e.movement().id() + "\">"
                            + e.movement().label() + "</span>", SiteHtml.note(e.note())));
        }
        body.append("</table>\n<h2>Timeline</h2>\n<figure class=\"timeline\">")
                .append(SiteHtml.inline(TimelineSvg.render(HistoryPictures.timeline(data.history().radar(), blip.name(), timeline))))
                .append("</figure>\n</article>");
        return new Page(blip.name(), "../", "tools", body.toString()).html(data.title());
    }

    private String facts(Tool t) {
        var facts = new java.util.LinkedHashMap<String, String>();
        facts.put("Category", SiteHtml.text(data.framework().categoriesById().containsKey(t.category())
                ? data.framework().category(t.category()).name() : t.category()));
        facts.put("Homepage", SiteHtml.external(t.homepage()));
        if (t.repository() != null) facts.put("Repository", SiteHtml.external(t.repository()));
        facts.put("Licence", SiteHtml.text(t.license()));
        facts.put("First release", t.firstRelease() == null ? "unknown" : String.valueOf(t.firstRelease()));
        facts.put("Steward", SiteHtml.text(t.steward()));
        var b = new StringBuilder("<p>").append(SiteHtml.text(t.description())).append("</p>\n<dl class=\"facts\">\n");
        for (Map.Entry<String, String> f : facts.entrySet()) {
            b.append("<dt>").append(f.getKey()).append("</dt><dd>").append(f.getValue()).append("</dd>\n");
        }
        return b.append("</dl>\n").toString();
    }
}
