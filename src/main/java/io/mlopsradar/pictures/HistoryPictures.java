package io.mlopsradar.pictures;

import io.mlopsradar.editions.BlipMovement;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.Radar;
import io.mlopsradar.editions.TimelineEntry;
import io.mlopsradar.drawing.Movement;
import io.mlopsradar.drawing.RadarEntry;
import io.mlopsradar.drawing.RadarPicture;
import io.mlopsradar.drawing.TimelinePicture;
import io.mlopsradar.drawing.TimelinePoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Turns any stored radar's history into the render package's pictures: one edition as a radar with movement markers
 * (removed blips are not drawn), and one blip's rings across editions as a timeline.
 */
public final class HistoryPictures {

    private HistoryPictures() {
    }

    /** The edition on that date; {@code linkPattern} (such as {@code tools/{id}.html}) may be null. */
    public static RadarPicture radar(History history, LocalDate edition, String linkPattern) {
        return radar(history, edition, linkPattern, key -> true);
    }

    /** The edition with only the blips whose key passes; movement is still measured against the whole history. */
    public static RadarPicture radar(History history, LocalDate edition, String linkPattern, Predicate<String> keep) {
        Radar radar = history.radar();
        List<RadarEntry> entries = history.movements(edition).stream()
                .filter(m -> m.movement() != io.mlopsradar.editions.Movement.REMOVED)
                .filter(m -> keep.test(m.key()))
                .map(m -> new RadarEntry(m.key(), m.blip().name(), radar.segmentIndex(m.blip().segment()),
                        radar.ringIndex(m.blip().ring()), movement(m)))
                .toList();
        return new RadarPicture(radar.title(), edition.toString(), radar.segments(), radar.rings(), entries, linkPattern);
    }

    /** The blip's ring on every edition it was on, with gaps where it was removed. */
    public static TimelinePicture timeline(History history, String key) {
        return timeline(history.radar(), name(history, key), history.timeline(key));
    }

    /** A timeline from entries already computed (see {@link History#timelines()}). */
    public static TimelinePicture timeline(Radar radar, String name, List<TimelineEntry> entries) {
        List<TimelinePoint> points = entries.stream().map(e -> new TimelinePoint(e.date(),
                e.ring() == null ? null : radar.ringIndex(e.ring()), label(e.movement()))).toList();
        return new TimelinePicture(name + " on " + radar.title(), radar.rings(), points);
    }

    /** The render movement: a return counts by its ring change since the blip was last seen. */
    static Movement movement(BlipMovement m) {
        return switch (m.movement()) {
            case NEW -> Movement.NEW;
            case MOVED_IN -> Movement.MOVED_IN;
            case MOVED_OUT -> Movement.MOVED_OUT;
            case UNCHANGED, REMOVED -> Movement.UNCHANGED;
            case RETURNED -> m.sinceLastSeen() == null ? Movement.NEW : movement(m.sinceLastSeen());
        };
    }

    private static Movement movement(io.mlopsradar.editions.Movement simple) {
        return switch (simple) {
            case MOVED_IN -> Movement.MOVED_IN;
            case MOVED_OUT -> Movement.MOVED_OUT;
            case UNCHANGED -> Movement.UNCHANGED;
            default -> Movement.NEW;
        };
    }

    private static String label(io.mlopsradar.editions.Movement movement) {
        return switch (movement) {
            case NEW, MOVED_IN, MOVED_OUT, RETURNED -> movement.label();
            default -> null;
        };
    }

    private static String name(History history, String key) {
        return history.editions().stream().flatMap(e -> e.blip(key).stream()).map(b -> b.name())
                .filter(Objects::nonNull).reduce((a, b) -> b).orElse(key);
    }
}
