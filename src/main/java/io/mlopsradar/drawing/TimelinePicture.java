package io.mlopsradar.drawing;

import java.util.Comparator;
import java.util.List;

/** One tool's path through the rings across editions; points are kept in date order. */
public record TimelinePicture(String title, List<String> rings, List<TimelinePoint> points) {

    public TimelinePicture {
        rings = List.copyOf(rings);
        points = points.stream().sorted(Comparator.comparing(TimelinePoint::date)).toList();
    }
}
