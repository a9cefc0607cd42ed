package io.mlopsradar.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrowdSpreadTest {
    static LandscapePicture picture(List<LandscapePoint> points) {
        return new LandscapePicture("t", new AxisLabels("a", "b", "c", "d"), List.of("q1", "q2", "q3", "q4"),
                List.of(new CategoryArea("crowd", "Crowd", 3, 0.76, 0.20)), (x, y) -> 0, List.of("r"), points, false,
                java.util.Set.of(), null);
    }

    static List<LandscapePoint> cluster(long seed, int n) {
        var random = new Random(seed);
        var out = new ArrayList<LandscapePoint>();
        for (int i = 0; i < n; i++) {
            out.add(new LandscapePoint("t" + i, "T" + i, 0.72 + random.nextDouble() * 0.1, 0.15 + random.nextDouble() * 0.1, 0, "Crowd"));
        }
        out.add(new LandscapePoint("far", "Far", 0.2, 0.8, 0, "Other"));
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2026})
    void aCrowdedQuadrantOpensUpKeepingOrderAndStayingInside(long seed) {
        var before = cluster(seed, 120);
        var after = CrowdSpread.spread(picture(before)).points();
        double spreadBefore = range(before.subList(0, 120));
        double spreadAfter = range(after.subList(0, 120));
        assertThat(spreadAfter).isGreaterThan(spreadBefore * 2);
        for (int i = 0; i < 120; i++) {
            for (int j = 0; j < 120; j++) {
                if (before.get(i).x() < before.get(j).x()) assertThat(after.get(i).x()).isLessThanOrEqualTo(after.get(j).x());
                if (before.get(i).y() < before.get(j).y()) assertThat(after.get(i).y()).isLessThanOrEqualTo(after.get(j).y());
            }
            assertThat(after.get(i).x()).isBetween(0.5, 1.0);
            assertThat(after.get(i).y()).isBetween(0.0, 0.5);
        }
        assertThat(after.get(120)).as("a point of another quadrant stays").isEqualTo(before.get(120));
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 11})
    void anUncrowdedPictureIsLeftAsItIs(long seed) {
        var p = picture(cluster(seed, CrowdSpread.CROWDED - 1));
        assertThat(CrowdSpread.spread(p)).isSameAs(p);
    }

    static double range(List<LandscapePoint> points) {
        double lo = points.stream().mapToDouble(LandscapePoint::x).min().orElseThrow();
        double hi = points.stream().mapToDouble(LandscapePoint::x).max().orElseThrow();
        return hi - lo;
    }
}
