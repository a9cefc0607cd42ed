package io.mlopsradar.drawing;

import java.util.List;

/**
 * Everything a radar picture shows; {@code linkPattern} (e.g. {@code /tools/{id}}) makes each blip a link and may
 * be null; the geometry's segment and ring counts must match the names.
 */
public record RadarPicture(String title, String date, List<String> segments, List<String> rings,
                           List<RadarEntry> entries, String linkPattern, RadarGeometry geometry) {

    public RadarPicture {
        segments = List.copyOf(segments);
        rings = List.copyOf(rings);
        entries = List.copyOf(entries);
        if (geometry.segments() != segments.size() || geometry.rings() != rings.size()) {
            throw new IllegalArgumentException("geometry has " + geometry.segments() + " segments and "
                    + geometry.rings() + " rings but the picture names " + segments.size() + " and " + rings.size());
        }
    }

    /** A picture with the standard geometry for its segments and rings. */
    public RadarPicture(String title, String date, List<String> segments, List<String> rings,
                        List<RadarEntry> entries, String linkPattern) {
        this(title, date, segments, rings, entries, linkPattern,
                RadarGeometry.standard(segments.size(), rings.size()));
    }
}
