package io.mlopsradar.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class NeighbourLinesTest {

    @Test
    void aSelectedToolGetsOneLineToEachNeighbourOnThePictureStyledByRelation() {
        List<LandscapePoint> points = SampleLandscape.points(30, 7);
        String centre = points.get(0).id();
        var hood = new Neighbourhood(centre, List.of(
                new Neighbourhood.Neighbour(points.get(1).id(), "works-with", "works with"),
                new Neighbourhood.Neighbour(points.get(2).id(), "alternative-to", "alternative to"),
                new Neighbourhood.Neighbour("not-on-the-picture", "part-of", "part of")));
        var picture = SampleLandscape.picture(points, Set.of(centre, points.get(1).id(), points.get(2).id()));
        SvgDocument doc = SvgDocument.parse(LandscapeSvg.render(picture, -1, hood));

        List<Element> lines = doc.withClass("neighbour-line");
        assertThat(lines).extracting(e -> e.getAttribute("data-to")).containsExactly(points.get(1).id(), points.get(2).id());
        assertThat(lines).allSatisfy(e -> assertThat(e.getAttribute("data-from")).isEqualTo(centre));
        assertThat(lines.get(0).getAttribute("stroke-dasharray")).isEmpty();
        assertThat(lines.get(1).getAttribute("stroke-dasharray")).isNotEmpty();
        assertThat(lines.get(0).getAttribute("stroke")).isNotEqualTo(lines.get(1).getAttribute("stroke"));
        Box plot = LandscapeSvg.plot(points.size());
        assertThat(Double.parseDouble(lines.get(0).getAttribute("x2"))).isEqualTo(plot.atX(points.get(1).x()), org.assertj.core.data.Offset.offset(0.01));
        assertThat(doc.withClass("neighbour-key")).hasSize(1);
        assertThat(doc.withClass("tool highlighted")).hasSize(3);
    }

    @Test
    void withoutASelectionThereAreNoLinesAndNoKey() {
        var picture = SampleLandscape.picture(SampleLandscape.points(30, 7), Set.of());
        SvgDocument doc = SvgDocument.parse(LandscapeSvg.render(picture, -1, Neighbourhood.none()));
        assertThat(doc.withClass("neighbour-line")).isEmpty();
        assertThat(doc.withClass("neighbour-key")).isEmpty();
    }
}
