package io.mlopsradar.rings;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.landscape.Category;
import io.mlopsradar.landscape.Framework;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

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

    @Property(tries = 2000)
    void movingRightOrUpNeverMakesTheRingLessCautious(
            @ForAll @DoubleRange(min = 0, max = 1) double x, @ForAll @DoubleRange(min = 0, max = 1) double y,
            @ForAll @DoubleRange(min = 0, max = 1) double dx, @ForAll @DoubleRange(min = 0, max = 1) double dy) {
        double x2 = Math.min(1, x + dx), y2 = Math.min(1, y + dy);
        assertThat(regions.ringAt(x2, y2)).isGreaterThanOrEqualTo(regions.ringAt(x, y));
    }

    @Test
    void cornersGoFromAdoptToHold() {
        assertThat(regions.ringAt(0, 0)).isEqualTo(0);
        assertThat(regions.ringAt(1, 1)).isEqualTo(3);
    }
}
