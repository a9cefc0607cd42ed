package io.mlopsradar.formats.internal;

import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.BlipKeys;
import io.mlopsradar.editions.Radar;
import io.mlopsradar.formats.ImportOptions;
import io.mlopsradar.text.ColumnLengths;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Builds the radar a file describes: the target radar when importing into one, otherwise the names found. */
public final class RadarShape {
    /** Ring names every radar generator knows, innermost first. */
    static final List<String> KNOWN_RINGS = List.of("adopt", "trial", "assess", "hold");

    private RadarShape() {
    }

    /**
     * @param segments declared segments in order, or empty to take them from the blips in order of first appearance
     * @param rings declared rings innermost first, or empty to take them from the blips (known names in their usual
     *              order, then the others in order of first appearance)
     */
    public static Radar of(String file, ImportOptions options, Collection<Blip> blips, List<String> segments, List<String> rings) {
        if (options.target() != null) return options.target();
        var segs = segments.isEmpty() ? distinct(blips.stream().map(Blip::segment).toList()) : segments;
        var rs = rings.isEmpty() ? knownFirst(distinct(blips.stream().map(Blip::ring).toList())) : rings;
        String title = title(file);
        try {
            String name = BlipKeys.slug(title).isEmpty() ? "imported" : BlipKeys.slug(title);
            return new Radar(cut(name, ColumnLengths.RADAR_NAME), cut(title, ColumnLengths.RADAR_TITLE), segs, rs);
        } catch (IllegalArgumentException e) {
            if (blips.isEmpty() && (segments.isEmpty() || rings.isEmpty())) {
                throw new InvalidInputException(new Problem(file, 0, null, "the file holds no blips; nothing imported"));
            }
            throw new InvalidInputException(new Problem(file, 0, null, e.getMessage()));
        }
    }

    /** A name made from a file name, cut to fit its column (a name the user gives is refused instead). */
    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** The file's base name without extension, as a radar title. */
    static String title(String file) {
        Path name = Path.of(file).getFileName();
        String base = name == null ? file : name.toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    private static List<String> distinct(List<String> names) {
        return new ArrayList<>(new LinkedHashSet<>(names));
    }

    private static List<String> knownFirst(List<String> rings) {
        var sorted = new ArrayList<>(rings);
        sorted.sort(Comparator.comparingInt(r -> {
            int known = KNOWN_RINGS.indexOf(r.toLowerCase(Locale.ROOT));
            return known >= 0 ? known : KNOWN_RINGS.size() + rings.indexOf(r);
        }));
        return sorted;
    }
}
