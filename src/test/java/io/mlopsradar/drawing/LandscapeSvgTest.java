package io.mlopsradar.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class LandscapeSvgTest {

    private static List<Box> labelBoxes(SvgDocument doc) {
        List<Box> boxes = new ArrayList<>();
        for (Element label : doc.withClass("label")) {
            double x = Double.parseDouble(label.getAttribute("x"));
            double y = Double.parseDouble(label.getAttribute("y"));
            double h = LandscapeSvg.FONT * 1.25;
            // The test's own width estimate: 0.6 em per character.
            boxes.add(new Box(x, y - 0.78 * h, 0.6 * LandscapeSvg.FONT * label.getTextContent().length(), h));
        }
        return boxes;
    }

    @Test
    void everyToolIsDrawnOnceWithItsTitle() {
        List<LandscapePoint> points = SampleLandscape.points(170, 11);
        SvgDocument doc = SvgDocument.parse(LandscapeSvg.render(SampleLandscape.picture(points, Set.of())));

        assertThat(doc.withClass("tool")).extracting(e -> e.getAttribute("data-id"))
                .containsExactlyElementsOf(points.stream().map(LandscapePoint::id).toList());
        assertThat(doc.withClass("tool")).allSatisfy(e -> assertThat(SvgDocument.childText(e, "title")).isNotBlank());
        assertThat(doc.withClass("label")).hasSize(points.size());
    }

    @Test
    void aCrowdedLandscapeGrowsKeepingItsFontSizeAndItsLabelsApart() {
        String base = LandscapeSvg.render(SampleLandscape.picture(SampleLandscape.points(150, 12), Set.of()));
        String crowded = LandscapeSvg.render(SampleLandscape.picture(SampleLandscape.points(600, 12), Set.of()));
        assertThat(width(crowded)).isGreaterThan(width(base) * 1.4);
        List<Box> boxes = labelBoxes(SvgDocument.parse(crowded));
        assertThat(boxes).hasSize(600);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j))).as("labels %s and %s", boxes.get(i), boxes.get(j)).isFalse();
            }
        }
    }

    @Test
    void aFocusedLandscapeFramesOneQuadrantAndKeepsEverythingElse() {
        var picture = SampleLandscape.picture(SampleLandscape.points(40, 5), Set.of());
        String whole = LandscapeSvg.render(picture);
        String focused = LandscapeSvg.render(picture, 2);
        assertThat(whole).contains("viewBox=\"0 0 ");
        var m = java.util.regex.Pattern.compile("viewBox=\"([0-9.]+) ([0-9.]+) ").matcher(focused);
        assertThat(m.find()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).as("starts at the centre line").isGreaterThan(500);
        assertThat(width(focused)).isLessThan(width(whole));
        assertThat(focused.substring(focused.indexOf('>'))).isEqualTo(whole.substring(whole.indexOf('>')));
    }

    private static double width(String svg) {
        var m = java.util.regex.Pattern.compile("<svg[^>]*?\\swidth=\"([0-9.]+)\"").matcher(svg);
        assertThat(m.find()).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void labelsOfAHundredAndSeventyToolsNeverOverlap() {
        SvgDocument doc = SvgDocument.parse(LandscapeSvg.render(
                SampleLandscape.picture(SampleLandscape.points(170, 12), Set.of())));

        List<Box> boxes = labelBoxes(doc);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j)))
                        .as("labels %s and %s", boxes.get(i), boxes.get(j)).isFalse();
            }
        }
    }

    @Test
    void highlightedToolsStandOutAndOthersFade() {
        List<LandscapePoint> points = SampleLandscape.points(20, 13);
        SvgDocument doc = SvgDocument.parse(LandscapeSvg.render(SampleLandscape.picture(points, Set.of("t3"))));

        Element highlighted = doc.withClass("tool highlighted").get(0);
        assertThat(highlighted.getAttribute("data-id")).isEqualTo("t3");
        assertThat(highlighted.getAttribute("opacity")).isEmpty();
        assertThat(doc.withClass("tool")).allSatisfy(e -> assertThat(e.getAttribute("opacity")).isEqualTo("0.35"));
    }

    @Test
    void ringRegionsQuadrantsDiagonalsAndLegendAreDrawn() {
        String svg = LandscapeSvg.render(SampleLandscape.picture(SampleLandscape.points(5, 14), Set.of()));
        SvgDocument doc = SvgDocument.parse(svg);

        assertThat(doc.withClass("ring-regions").get(0).getChildNodes().getLength()).isPositive();
        assertThat(doc.withClass("quadrant-names").get(0).getTextContent())
                .contains("Cloud Platforms", "Machine Learning Platforms", "Specialized ML Tools", "Standard SWE Tools");
        assertThat(svg).contains("any-task → ML-task orchestration", "building software → building models");
        assertThat(doc.withClass("ring-legend").get(0).getTextContent()).contains("Adopt", "Trial", "Assess", "Hold");
    }

    @Test
    void toolsInOneSpotAllStayVisibleWithLeaderLines() {
        List<LandscapePoint> crowd = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            crowd.add(new LandscapePoint("c" + i, "Crowded tool " + i, 0.5, 0.5, 1, "Same"));
        }
        SvgDocument doc = SvgDocument.parse(LandscapeSvg.render(SampleLandscape.picture(crowd, Set.of())));

        assertThat(doc.withClass("label")).hasSize(40);
        assertThat(doc.withClass("leader")).isNotEmpty();
    }

    @Test
    void toolNamesThatLookLikeMarkupStayText() {
        List<LandscapePoint> points = List.of(new LandscapePoint("x", "<b>bold</b> & co", 0.2, 0.2, 0, "<i>"));
        SvgDocument doc = SvgDocument.parse(LandscapeSvg.render(SampleLandscape.picture(points, Set.of())));

        assertThat(doc.withClass("label").get(0).getTextContent()).isEqualTo("<b>bold</b> & co");
        assertThat(doc.all("b")).isEmpty();
    }
}
