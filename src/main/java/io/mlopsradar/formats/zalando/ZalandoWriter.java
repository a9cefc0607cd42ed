package io.mlopsradar.formats.zalando;

import io.mlopsradar.text.JsonMappers;
import com.fasterxml.jackson.annotation.JsonInclude;
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
import java.util.List;
import java.util.stream.IntStream;

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
        List<String> rings = radar.rings();
        var config = new ConfigJson(edition.date().toString(), radar.segments().stream().map(QuadrantJson::new).toList(),
                IntStream.range(0, rings.size()).mapToObj(i -> new RingJson(rings.get(i), COLOURS.get(i))).toList(),
                edition.blips().stream().map(b -> entry(radar, b, moves.get(b.key()))).toList());
        try {
            return JSON.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The config the visualisation takes: the edition's date, quadrant and ring names, and the entries. */
    record ConfigJson(String date, List<QuadrantJson> quadrants, List<RingJson> rings, List<EntryJson> entries) {
    }

    /** A quadrant, by name. */
    record QuadrantJson(String name) {
    }

    /** A ring and its colour. */
    record RingJson(String name, String color) {
    }

    /** One blip by indices; a note that is a URL is the link, any other note the description. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EntryJson(String id, String label, int quadrant, int ring, int moved, boolean active, String link, String description) {
    }

    private static EntryJson entry(Radar radar, Blip blip, Movement movement) {
        boolean link = blip.note() != null && blip.note().matches("(?i)https?://\\S+");
        return new EntryJson(blip.key(), blip.name(), radar.segmentIndex(blip.segment()), radar.ringIndex(blip.ring()),
                moved(movement), true, link ? blip.note() : null, link ? null : blip.note());
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
