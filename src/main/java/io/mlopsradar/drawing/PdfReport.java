package io.mlopsradar.drawing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.helper.W3CDom;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Renders a radar report to PDF with openhtmltopdf: the radar picture, then one table per ring; DejaVu Sans is
 * embedded so the file looks the same everywhere. The picture goes in as a high-resolution PNG drawn by Batik:
 * openhtmltopdf's own SVG drawer loses text whose font settings are inherited from a group (ring names, the key).
 */
public final class PdfReport {

    private static final double RADAR_WIDTH_MM = 180;
    private static final float PNG_WIDTH = 3000;

    private PdfReport() {
    }

    /** Renders the report to PDF bytes. */
    public static byte[] toPdf(ReportDocument report) {
        Document html = W3CDom.convert(ReportHtml.build(report));
        if (report.radarSvg() != null && !report.radarSvg().isBlank()) {
            radarSlot(html).appendChild(radarImage(html, report.radarSvg()));
        }
        return HtmlPdf.toPdf(html);
    }

    /** The W3C DOM knows no id attributes without a DTD, so look the slot up by hand. */
    private static Element radarSlot(Document html) {
        NodeList divs = html.getElementsByTagName("div");
        for (int i = 0; i < divs.getLength(); i++) {
            Element div = (Element) divs.item(i);
            if (ReportHtml.RADAR_SLOT_ID.equals(div.getAttribute("id"))) {
                return div;
            }
        }
        throw new IllegalStateException("report HTML has no radar slot");
    }

    /** The picture as an image at print resolution, sized to the page width and keeping its proportions. */
    private static Element radarImage(Document html, String svg) {
        String[] viewBox = viewBox(svg);
        double ratio = Double.parseDouble(viewBox[3]) / Double.parseDouble(viewBox[2]);
        double width = Math.min(RADAR_WIDTH_MM, 240 / ratio);
        Element img = html.createElement("img");
        img.setAttribute("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(PngExport.toPng(svg, PNG_WIDTH)));
        img.setAttribute("alt", "The radar");
        img.setAttribute("style", String.format(Locale.ROOT, "width: %.1fmm; height: %.1fmm", width, width * ratio));
        return img;
    }

    private static String[] viewBox(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            return root.getAttribute("viewBox").trim().split("\\s+");
        } catch (Exception e) {
            throw new IllegalArgumentException("The radar picture is not valid SVG: " + e.getMessage(), e);
        }
    }
}
