package io.mlopsradar.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

    @Test
    void theKeyShowsEachRelationsStyleAndAnUnknownRelationIsDrawnLikeWorksWith() {
        List<LandscapePoint> points = SampleLandscape.points(30, 7);
        String centre = points.get(0).id();
        var hood = new Neighbourhood(centre, List.of(new Neighbourhood.Neighbour(points.get(1).id(), "inspired-by", "inspired by")));
        var picture = SampleLandscape.picture(points, Set.of(centre, points.get(1).id()));
        SvgDocument doc = SvgDocument.parse(LandscapeSvg.render(picture, -1, hood));

        Element key = doc.withClass("neighbour-key").get(0);
        var lines = key.getElementsByTagName("line");
        var texts = key.getElementsByTagName("text");
        var shown = new ArrayList<String>();
        for (int i = 0; i < lines.getLength(); i++) {
            var line = (Element) lines.item(i);
            shown.add(line.getAttribute("class") + "|" + line.getAttribute("stroke") + "|" + line.getAttribute("stroke-dasharray")
                    + "|" + texts.item(i + 1).getTextContent());
        }
        assertThat(texts.item(0).getTextContent()).isEqualTo("Relations");
        assertThat(shown).containsExactly("key works-with|#2f855a||works with", "key alternative-to|#c05621|6 4|alternative to",
                "key part-of|#2b6cb0|2 3|part of / has part", "key replaced-by|#6b46c1|9 3 2 3|replaced by / replaces");
        Element odd = doc.withClass("neighbour-line").get(0);
        assertThat(odd.getAttribute("stroke")).isEqualTo("#2f855a");
        assertThat(odd.getAttribute("stroke-dasharray")).isEmpty();
        assertThat(odd.getAttribute("data-relation")).isEqualTo("inspired-by");
    }
}
