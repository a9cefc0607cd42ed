package io.mlopsradar.rings;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.landscape.Category;
import io.mlopsradar.landscape.Framework;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RegionMapTest {
    final Framework framework = Framework.bundled();
    final RegionMap regions = new RegionMap(framework);

    /** FRAMEWORK.md section 3, typed in by hand so the data file cannot drift from the essay. */
    static final Map<String, String> SEED_TABLE = Map.ofEntries(
            Map.entry("general-cloud-providers", "adopt"), Map.entry("common-swe-stack", "adopt"),
            Map.entry("ci-cd-pipelines", "adopt"), Map.entry("data-orchestrators", "adopt"),
            Map.entry("vendor-ai-platform", "trial"), Map.entry("big-data-iaas", "trial"),
            Map.entry("ml-focused-iaas", "trial"), Map.entry("experimentation-platforms", "trial"),
            Map.entry("data-version-control", "trial"), Map.entry("single-component-ml-tools", "trial"),
            Map.entry("high-coverage-saas", "assess"), Map.entry("ml-project-frameworks", "assess"),
            Map.entry("ml-task-orchestrators", "assess"),
            Map.entry("no-code-ml-platforms", "hold"), Map.entry("custom-ml-platforms", "hold"));

    @Test
    void reproducesTheSeedRingTableForEveryCategoryAnchor() {
        assertThat(framework.categories()).hasSize(SEED_TABLE.size());
        for (Category c : framework.categories()) {
            String ring = framework.rings().get(regions.ringAt(c.anchorX(), c.anchorY())).id();
            assertThat(ring).as(c.name()).isEqualTo(SEED_TABLE.get(c.id()));
        }
    }

    @ParameterizedTest
    @MethodSource("pointsAndSteps")
    void movingRightOrUpNeverMakesTheRingLessCautious(double x, double y, double dx, double dy) {
        double x2 = Math.min(1, x + dx), y2 = Math.min(1, y + dy);
        assertThat(regions.ringAt(x2, y2)).isGreaterThanOrEqualTo(regions.ringAt(x, y));
    }

    /** 2,000 points and steps in the unit square from a fixed seed, then every corner with every corner step. */
    static Stream<Arguments> pointsAndSteps() {
        Random random = new Random(13L);
        Stream<Arguments> drawn = Stream.generate(() -> Arguments.of(random.nextDouble(), random.nextDouble(),
                random.nextDouble(), random.nextDouble())).limit(2000);
        double[] ends = {0, 1};
        Stream.Builder<Arguments> corners = Stream.builder();
        for (double x : ends) for (double y : ends) for (double dx : ends) for (double dy : ends) {
            corners.add(Arguments.of(x, y, dx, dy));
        }
        return Stream.concat(drawn, corners.build());
    }

    @Test
    void cornersGoFromAdoptToHold() {
        assertThat(regions.ringAt(0, 0)).isEqualTo(0);
        assertThat(regions.ringAt(1, 1)).isEqualTo(3);
    }
}
