package io.mlopsradar.formats.backstage;

import io.mlopsradar.text.JsonMappers;
import com.fasterxml.jackson.annotation.JsonInclude;
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
import java.util.stream.IntStream;

/**
 * Writes the published editions up to a date as a Backstage TechRadarLoaderResponse: one entry per blip, with a
 * timeline item (newest first) for every edition it is on and {@code moved} computed from movement.
 */
public final class BackstageWriter implements TextRadarWriter {
    private static final ObjectMapper JSON = JsonMappers.pretty();
    private static final List<String> COLOURS = List.of("#5BA300", "#009EB0", "#C7BA00", "#E09B96", "#8E7CC3", "#999999");

    /** The loader response: quadrants and rings by id, and the entries. */
    record ResponseJson(List<QuadrantJson> quadrants, List<RingJson> rings, List<EntryJson> entries) {
    }

    /** A quadrant: the slug of a segment and its name. */
    record QuadrantJson(String id, String name) {
    }

    /** A ring with its colour; we keep no ring descriptions, so the description is empty. */
    record RingJson(String id, String name, String color, String description) {
    }

    /** One blip across the editions: its latest name and note, and a timeline item per edition it is on. */
    record EntryJson(String id, String key, String title, String quadrant, @JsonInclude(JsonInclude.Include.NON_NULL) String description,
                     List<String> links, List<StepJson> timeline) {
    }

    /** The blip on one edition: the date at midnight UTC, its ring, its note and 1, 0 or -1 for moved in, kept or out. */
    record StepJson(String date, String ringId, String description, int moved) {
    }

    @Override
    public String write(History history, LocalDate upTo) {
        Radar radar = history.radar();
        var quadrants = radar.segments().stream().map(s -> new QuadrantJson(BlipKeys.slug(s), s)).toList();
        List<String> names = radar.rings();
        var rings = IntStream.range(0, names.size())
                .mapToObj(i -> new RingJson(BlipKeys.slug(names.get(i)), names.get(i), COLOURS.get(i), "")).toList();
        try {
            return JSON.writeValueAsString(new ResponseJson(quadrants, rings, entries(history, EditionMoves.upTo(history, upTo))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<EntryJson> entries(History history, List<Edition> editions) {
        var latest = new LinkedHashMap<String, Blip>();
        var timelines = new LinkedHashMap<String, List<StepJson>>();
        for (Edition edition : editions) {
            var moves = EditionMoves.of(history, edition.date());
            for (Blip b : edition.blips()) {
                latest.put(b.key(), b);
                timelines.computeIfAbsent(b.key(), k -> new ArrayList<>()).add(0, step(edition.date(), b, moves.get(b.key())));
            }
        }
        return latest.entrySet().stream().map(e -> new EntryJson(e.getKey(), e.getKey(), e.getValue().name(),
                BlipKeys.slug(e.getValue().segment()), e.getValue().note(), List.of(), timelines.get(e.getKey()))).toList();
    }

    private static StepJson step(LocalDate date, Blip blip, Movement movement) {
        return new StepJson(date + "T00:00:00.000Z", BlipKeys.slug(blip.ring()), blip.note() == null ? "" : blip.note(),
                movement == Movement.MOVED_IN ? 1 : movement == Movement.MOVED_OUT ? -1 : 0);
    }
}
