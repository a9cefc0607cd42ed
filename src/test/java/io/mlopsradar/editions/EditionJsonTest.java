package io.mlopsradar.editions;

import static io.mlopsradar.editions.Histories.APR;
import static io.mlopsradar.editions.Histories.JAN;
import static io.mlopsradar.editions.Histories.JUL;
import static io.mlopsradar.editions.Histories.NEXT_JAN;
import static io.mlopsradar.editions.Histories.OCT;

import io.mlopsradar.text.GoldenJson;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditionJsonTest {

    @Test
    void radarsEditionsDiffsAndTimelinesKeepTheirDocumentedJsonShapes() {
        History h = Histories.fiveEditions();
        var shapes = new LinkedHashMap<String, Object>();
        shapes.put("overview", EditionMaps.overview(h));
        shapes.put("overview_without_editions", EditionMaps.overview(new History(Histories.RADAR, List.of())));
        shapes.put("summaries", EditionMaps.summaries(h));
        for (var e : h.editions()) shapes.put("edition " + e.date(), EditionMaps.edition(h, e.date()));
        shapes.put("diff jan-next_jan", EditionMaps.diff(JAN, NEXT_JAN, h.diff(JAN, NEXT_JAN)));
        shapes.put("diff oct-apr", EditionMaps.diff(OCT, APR, h.diff(OCT, APR)));
        shapes.put("diff apr-jul", EditionMaps.diff(APR, JUL, h.diff(APR, JUL)));
        for (String key : h.timelines().keySet()) shapes.put("timeline " + key, EditionMaps.timeline(h.radar(), key, h.timeline(key)));
        var radar = new LinkedHashMap<String, Object>(EditionMaps.overview(h));
        radar.put("editions_list", EditionMaps.summaries(h));
        shapes.put("radar with its editions", radar);
        var draft = new LinkedHashMap<String, Object>(EditionMaps.edition(h, JUL));
        draft.put("version", 3);
        draft.put("changes_since_published", EditionMaps.diff(NEXT_JAN, JUL, h.diff(NEXT_JAN, JUL)));
        shapes.put("draft", draft);
        var firstDraft = new History(Histories.RADAR, List.of(Edition.draft(JAN, List.of(Histories.dvc("Trial")))));
        var lone = new LinkedHashMap<String, Object>(EditionMaps.edition(firstDraft, JAN));
        lone.put("version", 1);
        shapes.put("draft before any published edition", lone);
        GoldenJson.assertMatches(shapes, "editions/five-editions.json");
    }

    @Test
    void theSummaryColumnsAreTheSummarysKeysInOrder() {
        org.assertj.core.api.Assertions.assertThat(EditionMaps.summaryColumns())
                .containsExactly("date", "status", "blips", "new", "moved_in", "moved_out", "removed", "returned");
    }
}
