package io.mlopsradar.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Converts an HTML page to PDF with openhtmltopdf, embedding DejaVu Sans (regular and bold) so every character
 * prints the same on every machine; style text with {@code font-family: 'DejaVu Sans'}.
 */
public final class HtmlPdf {
    static final String FONTS = "/usr/share/fonts/truetype/dejavu/";
    static final String FAMILY = "DejaVu Sans";

    private HtmlPdf() {
    }

    /** The PDF bytes of an HTML or XHTML page; jsoup repairs HTML that is not well-formed XML. */
    public static byte[] toPdf(String xhtml) {
        quietLogs();
        var w3c = new W3CDom().fromJsoup(Jsoup.parse(xhtml));
        var out = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        font(builder, "DejaVuSans.ttf", 400);
        font(builder, "DejaVuSans-Bold.ttf", 700);
        builder.withW3cDocument(w3c, "file:///");
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
        var f = new File(FONTS + file);
        if (f.isFile()) builder.useFont(f, FAMILY, weight, FontStyle.NORMAL, true);
    }
}
