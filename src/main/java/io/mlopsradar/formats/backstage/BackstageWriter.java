package io.mlopsradar.formats.backstage;

import io.mlopsradar.text.JsonMappers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.BlipKeys;
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
 * Writes the published editions up to a date as a Backstage TechRadarLoaderResponse: one entry per blip, with a
 * timeline item (newest first) for every edition it is on and {@code moved} computed from movement.
 */
public final class BackstageWriter implements TextRadarWriter {
    private static final ObjectMapper JSON = JsonMappers.pretty();
    private static final List<String> COLOURS = List.of("#5BA300", "#009EB0", "#C7BA00", "#E09B96", "#8E7CC3", "#999999");

    @Override
    public String write(History history, LocalDate upTo) {
        Radar radar = history.radar();
        List<Edition> editions = EditionMoves.upTo(history, upTo);
        var doc = new LinkedHashMap<String, Object>();
        doc.put("quadrants", radar.segments().stream().map(s -> Map.of("id", BlipKeys.slug(s), "name", s)).toList());
        var rings = new ArrayList<Map<String, String>>();
        for (int i = 0; i < radar.rings().size(); i++) {
            String ring = radar.rings().get(i);
            rings.add(Map.of("id", BlipKeys.slug(ring), "name", ring, "color", COLOURS.get(i), "description", ""));
        }
        doc.put("rings", rings);
        doc.put("entries", entries(history, editions));
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, Object>> entries(History history, List<Edition> editions) {
        var latest = new LinkedHashMap<String, Blip>();
        var timelines = new LinkedHashMap<String, List<Map<String, Object>>>();
        for (Edition edition : editions) {
            var moves = EditionMoves.of(history, edition.date());
            for (Blip b : edition.blips()) {
                latest.put(b.key(), b);
                timelines.computeIfAbsent(b.key(), k -> new ArrayList<>()).add(0, step(edition.date(), b, moves.get(b.key())));
            }
        }
        var out = new ArrayList<Map<String, Object>>();
        latest.forEach((key, b) -> {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("id", key);
            entry.put("key", key);
            entry.put("title", b.name());
            entry.put("quadrant", BlipKeys.slug(b.segment()));
            if (b.note() != null) entry.put("description", b.note());
            entry.put("links", List.of());
            entry.put("timeline", timelines.get(key));
            out.add(entry);
        });
        return out;
    }

    private static Map<String, Object> step(LocalDate date, Blip blip, Movement movement) {
        var step = new LinkedHashMap<String, Object>();
        step.put("date", date + "T00:00:00.000Z");
        step.put("ringId", BlipKeys.slug(blip.ring()));
        step.put("description", blip.note() == null ? "" : blip.note());
        step.put("moved", movement == Movement.MOVED_IN ? 1 : movement == Movement.MOVED_OUT ? -1 : 0);
        return step;
    }
}
