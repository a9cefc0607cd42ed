package io.mlopsradar.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgTest {

    @Test
    void escapesMarkupQuotesAndDropsCharactersXmlCannotHold() {
        assertThat(Svg.escape("<a href=\"x\">'&'</a>\u0001")).isEqualTo(
                "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }

    @Test
    void numbersHaveAtMostTwoDecimalsAndADot() {
        assertThat(Svg.num(1.0)).isEqualTo("1");
        assertThat(Svg.num(-0.001)).isEqualTo("0");
        assertThat(Svg.num(3.14159)).isEqualTo("3.14");
        assertThat(Svg.num(100)).isEqualTo("100");
    }

    @Test
    void attributeValuesAreEscaped() {
        Svg svg = new Svg(10, 10, "t", "d");
        svg.empty("rect", "data-x", "\"><script>");

        String text = svg.finish();
        assertThat(text).contains("data-x=\"&quot;&gt;&lt;script&gt;\"");
        SvgDocument.parse(text);
    }

    @Test
    void everyPictureHasBackgroundTitleAndDescription() {
        SvgDocument doc = SvgDocument.parse(new Svg(200, 100, "A & B", "about <it>").finish());

        assertThat(doc.root().getAttribute("viewBox")).isEqualTo("0 0 200 100");
        assertThat(SvgDocument.childText(doc.root(), "title")).isEqualTo("A & B");
        assertThat(SvgDocument.childText(doc.root(), "desc")).isEqualTo("about <it>");
        assertThat(doc.all("rect").get(0).getAttribute("fill")).isEqualTo("#ffffff");
    }
}
