package io.mlopsradar.drawing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class RadarSvgTest {

    private static final List<String> SEGMENTS = SamplePictures.SEGMENTS;
    private static final List<String> RINGS = SamplePictures.RINGS;

    private static RadarPicture picture(List<RadarEntry> entries) {
        return new RadarPicture("Test radar", "2026-11-26", SEGMENTS, RINGS, entries, "/tools/{id}");
    }

    @Test
    void pictureIsWellFormedAccessibleSvg() {
        SvgDocument doc = SvgDocument.parse(RadarSvg.render(picture(SamplePictures.madeUpEntries(40, 4, 4, 1))));

        assertThat(doc.root().getAttribute("role")).isEqualTo("img");
        assertThat(doc.root().getAttribute("viewBox")).startsWith("0 0 ");
        assertThat(SvgDocument.childText(doc.root(), "title")).isEqualTo("Test radar");
        assertThat(SvgDocument.childText(doc.root(), "desc")).contains("40 tools");
    }

    @Test
    void everyEntryAppearsExactlyOnceAsABlipWithItsTitle() {
        List<RadarEntry> entries = SamplePictures.madeUpEntries(120, 4, 4, 2);
        SvgDocument doc = SvgDocument.parse(RadarSvg.render(picture(entries)));

        Map<String, Element> blips = doc.withClass("blip").stream()
                .collect(Collectors.toMap(e -> e.getAttribute("data-id"), Function.identity()));
        assertThat(doc.withClass("blip")).hasSize(entries.size());
        for (RadarEntry e : entries) {
            Element blip = blips.get(e.id());
            String ring = RINGS.get(e.ring());
            assertThat(SvgDocument.childText(blip, "title")).isEqualTo(e.name() + " (" + ring + ")");
            assertThat(blip.getAttribute("data-ring")).isEqualTo(ring);
            assertThat(blip.getAttribute("data-segment")).isEqualTo(SEGMENTS.get(e.segment()));
            assertThat(blip.getAttribute("aria-label")).contains(e.name());
        }
    }

    @Test
    void namesThatLookLikeMarkupStayText() {
        String nasty = "<script>alert('x')</script> & \"co\"";
        SvgDocument doc = SvgDocument.parse(RadarSvg.render(picture(List.of(
                new RadarEntry("evil", nasty, 0, 0, Movement.NEW)))));

        assertThat(doc.all("script")).isEmpty();
        assertThat(SvgDocument.childText(doc.withClass("blip").get(0), "title")).isEqualTo(nasty + " (Adopt)");
    }

    @Test
    void blipsLinkToTheirToolWithTheIdUrlEncoded() {
        SvgDocument doc = SvgDocument.parse(RadarSvg.render(picture(List.of(
                new RadarEntry("a b/c", "Odd id", 1, 2, Movement.UNCHANGED)))));

        Element link = (Element) doc.withClass("blip").get(0).getParentNode();
        assertThat(link.getAttribute("href")).isEqualTo("/tools/a%20b%2Fc");
    }

    @Test
    void blipsAreNumberedBySegmentThenRingThenName() {
        List<RadarEntry> entries = List.of(new RadarEntry("z", "Zeta", 0, 1, Movement.UNCHANGED),
                new RadarEntry("b", "beta", 0, 0, Movement.UNCHANGED),
                new RadarEntry("a", "Alpha", 0, 0, Movement.UNCHANGED),
                new RadarEntry("c", "Gamma", 1, 0, Movement.UNCHANGED));
        SvgDocument doc = SvgDocument.parse(RadarSvg.render(picture(entries)));

        assertThat(doc.withClass("blip").stream().map(e -> e.getAttribute("data-id")))
                .containsExactly("a", "b", "z", "c");
        assertThat(doc.withClass("blip").stream().map(e -> e.getAttribute("data-number")))
                .containsExactly("1", "2", "3", "4");
    }

    @Test
    void aThousandBlipsRenderWithoutOverlapAndTheLegendNamesThemAll() {
        List<RadarEntry> entries = SamplePictures.madeUpEntries(1000, 4, 4, 3);
        RadarPicture picture = picture(entries);
        SvgDocument doc = SvgDocument.parse(RadarSvg.render(picture));

        List<Point> positions = doc.withClass("blip").stream().map(SvgDocument::translation).toList();
        double blipRadius = BlipLayout.layout(entries.stream().map(e -> new Blip(e.id(), e.segment(), e.ring()))
                .toList(), picture.geometry()).geometry().blipRadius();
        assertThat(positions).hasSize(1000);
        assertThat(Overlaps.count(positions, 2 * blipRadius)).isZero();
        List<String> legendNames = doc.withClass("legend-entry").stream()
                .map(e -> SvgDocument.childText(e, "title")).toList();
        assertThat(legendNames).containsExactlyInAnyOrderElementsOf(entries.stream().map(RadarEntry::name).toList());
    }

    @Test
    void segmentAndRingNamesMustMatchTheGeometry() {
        assertThatThrownBy(() -> new RadarPicture("t", "d", SEGMENTS, RINGS, List.of(), null,
                RadarGeometry.standard(3, 4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 segments");
    }

    @Test
    void withoutALinkPatternBlipsAreNotLinks() {
        RadarPicture noLinks = new RadarPicture("t", "d", SEGMENTS, RINGS,
                new ArrayList<>(SamplePictures.madeUpEntries(5, 4, 4, 4)), null);

        assertThat(SvgDocument.parse(RadarSvg.render(noLinks)).all("a")).isEmpty();
    }
}
