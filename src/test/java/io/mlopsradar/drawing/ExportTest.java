package io.mlopsradar.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ExportTest {

    private static String radar() {
        return RadarSvg.render(new RadarPicture("Export radar", "2026-11-26", SamplePictures.SEGMENTS,
                SamplePictures.RINGS, SamplePictures.madeUpEntries(30, 4, 4, 9), "/tools/{id}"));
    }

    @Test
    void pngHasTheRequestedWidthAndIsNotBlank() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngExport.toPng(radar(), 800)));

        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isPositive();
        boolean coloured = false;
        for (int x = 0; x < image.getWidth() && !coloured; x += 3) {
            for (int y = 0; y < image.getHeight() && !coloured; y += 3) {
                coloured = (image.getRGB(x, y) & 0xffffff) != 0xffffff;
            }
        }
        assertThat(coloured).isTrue();
    }

    @Test
    void pdfReportHoldsTitleRingsToolsAndReasons() throws IOException {
        ReportDocument report = new ReportDocument("MLOps Radar report", "2026-11-26", radar(), List.of(
                new RingSection("Adopt", "Build capabilities on it early.", List.of("Org-wide training"),
                        List.of(new ReportRow("Kubernetes", "Standard SWE Tools", List.of("Older than two years")),
                                new ReportRow("Weights & Biases <W&B>", "Specialized ML Tools", List.of()))),
                new RingSection("Hold", "Don't start new work on it.", List.of(),
                        List.of(new ReportRow("Brand-new platform", "ML Platforms", List.of("Younger than a year"))))));

        byte[] pdf = PdfReport.toPdf(report);

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("MLOps Radar report", "Adopt", "Hold", "Kubernetes", "Weights & Biases <W&B>",
                    "Brand-new platform", "Older than two years", "Org-wide training");
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
    }
}
