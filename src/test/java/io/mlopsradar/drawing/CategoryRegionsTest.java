package io.mlopsradar.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CategoryRegionsTest {

    @Test
    void theHullKeepsOnlyTheOuterPoints() {
        List<Point> square = List.of(new Point(0, 0), new Point(10, 0), new Point(10, 10), new Point(0, 10),
                new Point(5, 5), new Point(3, 7));
        assertThat(CategoryRegions.hull(square)).containsExactlyInAnyOrder(new Point(0, 0), new Point(10, 0),
                new Point(10, 10), new Point(0, 10));
    }

    @Test
    void everyCategoryWithToolsGetsAnOutlineClippedToThePlot() {
        String svg = LandscapeSvg.render(SampleLandscape.picture(SampleLandscape.points(120, 3), Set.of()));
        assertThat(svg).contains("<clipPath id=\"plot-area\">", "class=\"category-regions\"");
        assertThat(svg.split("<path d=\"M", -1).length - 1).isPositive();
    }
}
