package io.mlopsradar.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Tool;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacementTest {
    final Framework framework = Framework.bundled();
    final Placement placement = new Placement(framework);

    @Test
    void everyBundledToolIsPlacedInsideItsPrimaryCategorysQuadrant() {
        for (Tool t : Catalog.bundled().tools()) {
            Position p = placement.place(t.id(), t.category(), t.otherCategories(), t.stages());
            Quadrant expected = framework.quadrantOf(framework.category(t.category()));
            assertThat(framework.quadrantAt(p.x(), p.y())).as(t.id() + " at " + p).isEqualTo(expected);
        }
    }

    @Test
    void placementIsDeterministic() {
        var stages = List.of("train-tune", "track-evaluate");
        assertThat(placement.place("a", "experimentation-platforms", List.of(), stages))
                .isEqualTo(placement.place("a", "experimentation-platforms", List.of(), stages));
    }

    @Test
    void scopeGrowsWithStagesCovered() {
        Position one = placement.place("same", "ml-project-frameworks", List.of(), List.of("track-evaluate"));
        Position many = placement.place("same", "ml-project-frameworks", List.of(),
                List.of("track-evaluate", "train-tune", "register-package-model", "release-deploy", "monitor"));
        assertThat(many.y()).isGreaterThan(one.y());
    }

    @Test
    void artifactFocusGrowsWithTheShareOfModelLoopStages() {
        Position software = placement.place("same", "single-component-ml-tools", List.of(), List.of("operate-serve", "monitor"));
        Position model = placement.place("same", "single-component-ml-tools", List.of(), List.of("train-tune", "monitor"));
        assertThat(model.x()).isGreaterThan(software.x());
    }
}
