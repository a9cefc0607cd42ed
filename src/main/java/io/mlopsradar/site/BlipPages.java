package io.mlopsradar.site;

import io.mlopsradar.catalog.Tool;
import io.mlopsradar.drawing.TimelineSvg;
import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.TimelineEntry;
import io.mlopsradar.pictures.HistoryPictures;
import io.mlopsradar.site.SiteViews.BlipIndex;
import io.mlopsradar.site.SiteViews.BlipIndexRow;
import io.mlopsradar.site.SiteViews.BlipPage;
import io.mlopsradar.site.SiteViews.Fact;
import io.mlopsradar.site.SiteViews.HistoryRow;
import io.mlopsradar.site.SiteViews.Link;
import io.mlopsradar.site.SiteViews.Mark;
import io.mlopsradar.text.Markdown;
import io.mlopsradar.text.Urls;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One page per blip ever on the radar (catalogue facts when it is a catalogue tool, ring history, timeline) and their index. */
final class BlipPages {
    private final SiteData data;
    private final SiteFiles files;

    BlipPages(SiteData data, SiteFiles files) {
        this.data = data;
        this.files = files;
    }

    void write() {
        var index = new ArrayList<BlipIndexRow>();
        data.timelines().keySet().stream().sorted(Comparator.comparing(k -> data.blip(k).name().toLowerCase())).forEach(key -> {
            List<TimelineEntry> timeline = data.timelines().get(key);
            files.page("tools/" + SiteData.toolFile(key), "blip", frame(data.blip(key).name()), page(key, timeline));
            index.add(new BlipIndexRow(new Link(SiteData.toolFile(key), data.blip(key).name()), data.blip(key).segment(),
                    timeline.stream().filter(t -> t.ring() != null).count()));
        });
        files.page("tools/index.html", "blips", frame("Blips"), new BlipIndex(data.title(), index));
    }

    private Page frame(String title) {
        return new Page(title, data.title(), "../", "tools");
    }

    private BlipPage page(String key, List<TimelineEntry> timeline) {
        Blip blip = data.blip(key);
        var history = timeline.stream().map(e -> new HistoryRow(new Link("../editions/" + SiteData.editionFile(e.date()),
                e.date().toString()), e.ring(), new Mark(e.movement().id(), e.movement().label(), null),
                Markdown.toSafeHtml(e.note()))).toList();
        String svg = SiteFiles.inline(TimelineSvg.render(HistoryPictures.timeline(data.history().radar(), blip.name(), timeline)));
        Tool tool = data.tool(key).orElse(null);
        return new BlipPage(blip.name(), blip.segment(), tool == null ? "" : tool.description(),
                tool == null ? List.of() : facts(tool), history, svg);
    }

    private List<Fact> facts(Tool t) {
        var facts = new ArrayList<Fact>();
        facts.add(new Fact("Category", data.framework().categoriesById().containsKey(t.category())
                ? data.framework().category(t.category()).name() : t.category(), null));
        facts.add(external("Homepage", t.homepage()));
        if (t.repository() != null) facts.add(external("Repository", t.repository()));
        facts.add(new Fact("Licence", t.license(), null));
        facts.add(new Fact("First release", t.firstRelease() == null ? "unknown" : String.valueOf(t.firstRelease()), null));
        facts.add(new Fact("Steward", t.steward(), null));
        return facts;
    }

    /** A link to an outside page, only for http and https URLs; anything else shows as plain text. */
    private static Fact external(String label, String url) {
        return new Fact(label, url, Urls.isHttp(url) ? url : null);
    }
}
