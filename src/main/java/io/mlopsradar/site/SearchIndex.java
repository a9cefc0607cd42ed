package io.mlopsradar.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mlopsradar.editions.Movement;
import io.mlopsradar.text.JsonMappers;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The search index as a script assigning {@code window.RADAR_SEARCH}: a page opened from disk may load a script but
 * may not fetch a JSON file. One entry per blip ever on the radar, with its ring on the latest edition.
 */
final class SearchIndex {
    private SearchIndex() {
    }

    /** One blip in the index; ring is null for a blip no longer on the latest edition. */
    record Entry(String key, String name, String ring, String segment, String url) {
    }

    static String script(SiteData data) {
        var latest = data.movements().get(data.latest()).stream().filter(m -> m.movement() != Movement.REMOVED)
                .collect(Collectors.toMap(m -> m.key(), m -> m.blip().ring()));
        List<Entry> entries = data.timelines().keySet().stream().sorted().map(key -> new Entry(key, data.blip(key).name(),
                latest.get(key), data.blip(key).segment(), "tools/" + SiteData.toolFile(key))).toList();
        try {
            // "</" is escaped so no text can close a script element early.
            return "window.RADAR_SEARCH = " + JsonMappers.compact().writeValueAsString(entries).replace("</", "<\\/") + ";\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
