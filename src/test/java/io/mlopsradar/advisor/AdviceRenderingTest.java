package io.mlopsradar.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.landscape.Framework;
import io.mlopsradar.drawing.HtmlPdf;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class AdviceRenderingTest {
    static final String HOSTILE = Profiles.RESEARCH_LAB.replace("name: Deep Thought Lab",
            "name: \"<script>alert(1)</script> | *Lab* [x](javascript:alert(2))\"");

    @Test
    void markdownEscapesTheOrganisationsOwnText() {
        String md = AdviceMarkdown.render(Profiles.advise(HOSTILE), Framework.bundled());
        assertThat(md).startsWith("# MLOps advice for \\<script\\>alert(1)\\</script\\> \\| \\*Lab\\* \\[x\\](javascript:alert(2))");
    }

    @Test
    void htmlIsACompletePageThatShowsHostileTextAsText() {
        String html = AdviceHtml.render(Profiles.advise(HOSTILE), Framework.bundled());
        var doc = Jsoup.parse(html);
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("a[href^=javascript]")).isEmpty();
        assertThat(doc.select("style").html()).contains("font-family");
        assertThat(doc.title()).isEqualTo("MLOps advice for <script>alert(1)</script> | *Lab* [x](javascript:alert(2))");
        assertThat(doc.selectFirst("h1").text()).contains("<script>alert(1)</script>");
        assertThat(doc.select("h2")).hasSize(6);
        assertThat(doc.select("table").size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theHtmlBecomesAPdfWithEmbeddedFontsAndTheReportsText() throws Exception {
        byte[] pdf = HtmlPdf.toPdf(AdviceHtml.render(Profiles.advise(Profiles.CONSULTANCY_AWS), Framework.bundled()));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var fonts = new ArrayList<String>();
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                var font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans"));
            assertThat(new PDFTextStripper().getText(doc)).contains("MLOps advice for Acme Analytics", "Build or buy");
        }
    }
}
