package io.mlopsradar.render;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.helper.W3CDom;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Renders a radar report to PDF with openhtmltopdf: the radar as inline vector graphics, then one table per ring;
 * DejaVu Sans is embedded so the file looks the same everywhere.
 */
public final class PdfReport {

    private static final double RADAR_WIDTH_MM = 180;

    private PdfReport() {
    }

    /** Renders the report to PDF bytes. */
    public static byte[] toPdf(ReportDocument report) {
        Document html = W3CDom.convert(ReportHtml.build(report));
        if (report.radarSvg() != null && !report.radarSvg().isBlank()) {
            radarSlot(html).appendChild(html.importNode(radarElement(report.radarSvg()), true));
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

    /** Parses the SVG strictly (keeping its namespace and attribute case) and sizes it to the page width. */
    private static Element radarElement(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            String[] viewBox = root.getAttribute("viewBox").trim().split("\\s+");
            double ratio = Double.parseDouble(viewBox[3]) / Double.parseDouble(viewBox[2]);
            double width = Math.min(RADAR_WIDTH_MM, 240 / ratio);
            root.setAttribute("width", String.format(Locale.ROOT, "%.1fmm", width));
            root.setAttribute("height", String.format(Locale.ROOT, "%.1fmm", width * ratio));
            return root;
        } catch (Exception e) {
            throw new IllegalArgumentException("The radar picture is not valid SVG: " + e.getMessage(), e);
        }
    }
}
