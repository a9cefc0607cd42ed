package io.mlopsradar.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlopsradar.input.InvalidInputException;
import org.junit.jupiter.api.Test;

class FrameworkTest {
    final Framework framework = Framework.bundled();

    @Test
    void bundledFrameworkHasTheEssaysStructure() {
        assertThat(framework.quadrants()).extracting(Quadrant::name).containsExactly(
                "Cloud Platforms", "Machine Learning Platforms", "Specialized ML Tools", "Standard SWE Tools");
        assertThat(framework.categories()).hasSize(15);
        assertThat(framework.rings()).extracting(Ring::name).containsExactly("Adopt", "Trial", "Assess", "Hold");
        assertThat(framework.stages()).hasSize(13);
        assertThat(framework.stages()).filteredOn(s -> s.loop() == Loop.MODEL).hasSize(7);
        assertThat(framework.rings()).allSatisfy(r -> assertThat(r.actions()).isNotEmpty());
    }

    @Test
    void everyCategoryAnchorLiesInItsQuadrant() {
        for (Category c : framework.categories()) {
            assertThat(framework.quadrantOf(c).contains(c.anchorX(), c.anchorY())).as(c.id()).isTrue();
            assertThat(framework.quadrantAt(c.anchorX(), c.anchorY())).isEqualTo(framework.quadrantOf(c));
        }
    }

    @Test
    void lookupsAcceptIdOrNameInAnyCase() {
        assertThat(framework.ring("ADOPT").id()).isEqualTo("adopt");
        assertThat(framework.category("ci/cd pipelines").id()).isEqualTo("ci-cd-pipelines");
        assertThatThrownBy(() -> framework.quadrant("nowhere")).hasMessageContaining("unknown quadrant 'nowhere'");
    }

    @Test
    void ringRegionsThatAreNotMonotoneAreRejected() throws Exception {
        String bundled;
        try (var in = FrameworkTest.class.getResourceAsStream("/landscape/framework.yaml")) {
            bundled = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String bad = bundled.replace("points: [[0.0, 1.5], [0.70, 1.5], [0.78, 0.84], [1.0, 0.80]]",
                "points: [[0.0, 1.5], [0.70, 1.5], [0.78, 0.84], [1.0, 0.95]]");
        assertThat(bad).isNotEqualTo(bundled);
        assertThatThrownBy(() -> FrameworkReader.parse("framework.yaml", bad))
                .hasMessageContaining("field 'ring_regions[2].points': x must not grow with y");
    }

    @Test
    void eachStageListsItsCoreCapabilitiesFirst() {
        Framework framework = Framework.bundled();
        assertThat(framework.capabilitiesOf("track-evaluate")).extracting(Capability::id)
                .startsWith("experiment-tracking").contains("explainability");
        assertThat(framework.capabilitiesOf("monitor")).extracting(Capability::id)
                .startsWith("model-monitoring").contains("infrastructure-monitoring");
        assertThat(framework.isCore("monitor", "infrastructure-monitoring")).isFalse();
        assertThat(framework.stages()).allSatisfy(s -> assertThat(s.core()).isNotEmpty());
    }

    @Test
    void aCoreCapabilityMustExistAndServeItsStage() throws Exception {
        String bundled;
        try (var in = FrameworkTest.class.getResourceAsStream("/landscape/framework.yaml")) {
            bundled = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String bad = bundled.replace("core: [experiment-tracking] }", "core: [experiment-tracking, data-labelling, lie-detection] }")
                .replace("{ id: explainability, name: Explainability, stages: [track-evaluate]", "{ id: explainability, name: Explainability, stages: [track-and-eval]");
        assertThatThrownBy(() -> FrameworkReader.parse("framework.yaml", bad))
                .hasMessageContaining("field 'stages[11].core': capability 'data-labelling' does not list stage 'track-evaluate'")
                .hasMessageContaining("field 'stages[11].core': unknown capability 'lie-detection'")
                .hasMessageContaining("field 'capabilities[32].stages': unknown lifecycle stage 'track-and-eval'");
    }

    @Test
    void aBadFrameworkFileNamesLineAndField() {
        String text = """
                axes:
                  x: { name: a, low: b, high: c }
                  y: { name: a, low: b, high: c }
                quadrants:
                  - { id: q1, name: Q1, x: software, y: all-in-one, description: d }
                  - { id: q2, name: Q2, x: model, y: all-in-one, description: d }
                  - { id: q3, name: Q3, x: model, y: piecemeal, description: d }
                  - { id: q4, name: Q4, x: sideways, y: piecemeal, description: d }
                categories:
                  - { id: c1, name: C1, quadrant: q1, anchor: { x: 0.9, y: 0.9 }, description: d }
                rings:
                  - { id: adopt, name: Adopt, strategy: s, actions: [a] }
                ring_regions: []
                stages:
                  - { id: s1, name: S1, loop: model, description: d }
                """;
        assertThatThrownBy(() -> Framework.class.cast(FrameworkReader.parse("bad.yaml", text)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad.yaml:8: field 'quadrants[3].x': 'sideways' is not one of model, software")
                .hasMessageContaining("bad.yaml:10: field 'categories[0].anchor': (0.9, 0.9) lies outside quadrant q1");
    }
}
