package io.mlopsradar.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlopsradar.editions.Movement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The search index as a script assigning {@code window.RADAR_SEARCH}: a page opened from disk may load a script but
 * may not fetch a JSON file. One entry per blip ever on the radar, with its ring on the latest edition.
 */
final class SearchIndex {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchIndex() {
    }

    static String script(SiteData data) {
        var entries = new ArrayList<Map<String, String>>();
        var latest = data.movements().get(data.latest()).stream().filter(m -> m.movement() != Movement.REMOVED)
                .collect(Collectors.toMap(m -> m.key(), m -> m.blip().ring()));
        data.timelines().keySet().stream().sorted().forEach(key -> {
            var m = new LinkedHashMap<String, String>();
            m.put("key", key);
            m.put("name", data.blip(key).name());
            m.put("ring", latest.get(key));
            m.put("segment", data.blip(key).segment());
            m.put("url", "tools/" + SiteData.toolFile(key));
            entries.add(m);
        });
        try {
            // "</" is escaped so no text can close a script element early.
            return "window.RADAR_SEARCH = " + JSON.writeValueAsString(entries).replace("</", "<\\/") + ";\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
