package io.mlopsradar.editions;

import static io.mlopsradar.editions.Histories.APR;
import static io.mlopsradar.editions.Histories.JAN;
import static io.mlopsradar.editions.Histories.JUL;
import static io.mlopsradar.editions.Histories.NEXT_JAN;
import static io.mlopsradar.editions.Histories.OCT;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.mlopsradar.text.GoldenJson;
import io.mlopsradar.text.JsonMappers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryJsonTest {

    @Test
    void radarsEditionsDiffsAndTimelinesKeepTheirDocumentedJsonShapes() {
        History h = Histories.fiveEditions();
        var shapes = new LinkedHashMap<String, Object>();
        shapes.put("overview", HistoryJson.overview(h));
        shapes.put("overview_without_editions", HistoryJson.overview(new History(Histories.RADAR, List.of())));
        shapes.put("summaries", HistoryJson.summaries(h));
        for (var e : h.editions()) shapes.put("edition " + e.date(), HistoryJson.edition(h, e.date()));
        shapes.put("diff jan-next_jan", HistoryJson.diff(JAN, NEXT_JAN, h.diff(JAN, NEXT_JAN)));
        shapes.put("diff oct-apr", HistoryJson.diff(OCT, APR, h.diff(OCT, APR)));
        shapes.put("diff apr-jul", HistoryJson.diff(APR, JUL, h.diff(APR, JUL)));
        for (String key : h.timelines().keySet()) shapes.put("timeline " + key, HistoryJson.timeline(h.radar(), key, h.timeline(key)));
        shapes.put("radar with its editions", HistoryJson.withEditions(h));
        shapes.put("draft", HistoryJson.draft(h, JUL, 3));
        var firstDraft = new History(Histories.RADAR, List.of(Edition.draft(JAN, List.of(Histories.dvc("Trial")))));
        shapes.put("draft before any published edition", HistoryJson.draft(firstDraft, JAN, 1));
        GoldenJson.assertMatches(shapes, "editions/five-editions.json");
    }

    @Test
    void eachChangeIsCountedUnderItsOwnKey() {
        var summary = new HistoryJson.SummaryJson(JAN, "published", 9, 1, 2, 3, 4, 5);
        Map<String, Object> keys = JsonMappers.compact().convertValue(summary, new TypeReference<>() { });
        for (Movement kind : Movement.CHANGES) assertThat(((Number) keys.get(kind.key())).longValue()).isEqualTo(summary.count(kind));
    }
}
