package io.mlopsradar.drawing;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.w3c.dom.Document;

/**
 * Converts an HTML page to PDF with openhtmltopdf, drawing inline SVG and embedding DejaVu Sans (regular and bold)
 * so every character prints the same on every machine; style text with {@code font-family: 'DejaVu Sans'}.
 */
public final class HtmlPdf {
    static final File FONT_DIR = new File("/usr/share/fonts/truetype/dejavu");
    static final String FAMILY = "DejaVu Sans";

    private HtmlPdf() {
    }

    /** The PDF bytes of an HTML or XHTML page; jsoup repairs HTML that is not well-formed XML. */
    public static byte[] toPdf(String html) {
        return toPdf(new W3CDom().fromJsoup(Jsoup.parse(html)));
    }

    /** The PDF bytes of a W3C document (for callers that insert namespaced SVG themselves). */
    public static byte[] toPdf(Document document) {
        quietLogs();
        var out = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        font(builder, "DejaVuSans.ttf", 400);
        font(builder, "DejaVuSans-Bold.ttf", 700);
        builder.withW3cDocument(document, "about:blank");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the PDF", e);
        }
        return out.toByteArray();
    }

    /** openhtmltopdf and PDFBox log routine notes (fallback fonts, timings) that would land on a user's stderr. */
    private static void quietLogs() {
        XRLog.setLoggingEnabled(false);
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.apache.pdfbox", "error");
    }

    private static void font(PdfRendererBuilder builder, String file, int weight) {
        File font = new File(FONT_DIR, file);
        if (!font.isFile()) {
            throw new IllegalStateException("font " + font + " is missing; install the fonts-dejavu-core package"
                    + " (PDFs embed DejaVu Sans)");
        }
        builder.useFont(font, FAMILY, weight, FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
    }
}
