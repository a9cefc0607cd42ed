package io.mlopsradar.drawing;

import java.util.List;
import java.util.Set;

/**
 * Everything the landscape picture shows: axes, the four quadrants (clockwise from top left), category names,
 * the ring regions (sampled from {@code ringField}), the tools, optionally the two diagonals, and the tools to
 * emphasise; {@code linkPattern} (e.g. {@code /tools/{id}}) links each tool and may be null.
 */
public record LandscapePicture(String title, AxisLabels axes, List<String> quadrantNames,
                               List<CategoryArea> categories, RingField ringField, List<String> ringNames,
                               List<LandscapePoint> points, boolean diagonals, Set<String> highlighted,
                               String linkPattern) {

    public LandscapePicture {
        if (quadrantNames.size() != 4) {
            throw new IllegalArgumentException("a landscape has 4 quadrants, got " + quadrantNames.size());
        }
        quadrantNames = List.copyOf(quadrantNames);
        categories = List.copyOf(categories);
        ringNames = List.copyOf(ringNames);
        points = List.copyOf(points);
        highlighted = highlighted == null ? Set.of() : Set.copyOf(highlighted);
    }

    /** A picture without links. */
    public LandscapePicture(String title, AxisLabels axes, List<String> quadrantNames,
                            List<CategoryArea> categories, RingField ringField, List<String> ringNames,
                            List<LandscapePoint> points, boolean diagonals, Set<String> highlighted) {
        this(title, axes, quadrantNames, categories, ringField, ringNames, points, diagonals, highlighted, null);
    }
}
