package io.mlopsradar.formats.zalando;

import io.mlopsradar.text.JsonMappers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.Movement;
import io.mlopsradar.editions.Radar;
import io.mlopsradar.formats.TextRadarWriter;
import io.mlopsradar.formats.internal.EditionMoves;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one edition as a Zalando config: entries with indices and {@code moved} from movement, plus the quadrant and
 * ring names the visualisation takes. A note that is a URL becomes the link; any other note goes in "description".
 */
public final class ZalandoWriter implements TextRadarWriter {
    private static final ObjectMapper JSON = JsonMappers.pretty();
    private static final List<String> COLOURS = List.of("#5ba300", "#009eb0", "#c7ba00", "#e09b96");

    @Override
    public String write(History history, LocalDate date) {
        Radar radar = history.radar();
        if (radar.segments().size() != 4 || radar.rings().size() > 4) {
            throw new IllegalArgumentException("a Zalando radar has exactly 4 quadrants and at most 4 rings; radar '" + radar.name()
                    + "' has " + radar.segments().size() + " segments and " + radar.rings().size() + " rings");
        }
        Edition edition = EditionMoves.single(history, date);
        var moves = EditionMoves.of(history, edition.date());
        var doc = new LinkedHashMap<String, Object>();
        doc.put("date", edition.date().toString());
        doc.put("quadrants", radar.segments().stream().map(s -> Map.of("name", s)).toList());
        var rings = new ArrayList<Map<String, String>>();
        for (int i = 0; i < radar.rings().size(); i++) rings.add(Map.of("name", radar.rings().get(i), "color", COLOURS.get(i)));
        doc.put("rings", rings);
        doc.put("entries", edition.blips().stream().map(b -> entry(radar, b, moves.get(b.key()))).toList());
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> entry(Radar radar, Blip blip, Movement movement) {
        var out = new LinkedHashMap<String, Object>();
        out.put("id", blip.key());
        out.put("label", blip.name());
        out.put("quadrant", radar.segmentIndex(blip.segment()));
        out.put("ring", radar.ringIndex(blip.ring()));
        out.put("moved", moved(movement));
        out.put("active", true);
        if (blip.note() != null && blip.note().matches("(?i)https?://\\S+")) out.put("link", blip.note());
        else if (blip.note() != null) out.put("description", blip.note());
        return out;
    }

    private static int moved(Movement movement) {
        return switch (movement) {
            case NEW -> 2;
            case MOVED_IN -> 1;
            case MOVED_OUT -> -1;
            default -> 0;
        };
    }
}
