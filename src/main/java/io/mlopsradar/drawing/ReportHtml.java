package io.mlopsradar.drawing;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Builds the XHTML of a radar report with jsoup, so every text is escaped; the radar goes where the marker is. */
final class ReportHtml {

    static final String RADAR_SLOT_ID = "radar";

    private static final String CSS = """
            @page { size: A4; margin: 16mm 14mm; }
            body { font-family: 'DejaVu Sans'; font-size: 9.5pt; color: #1f2933; }
            h1 { font-size: 22pt; margin: 0 0 2mm 0; }
            h2 { font-size: 15pt; margin: 8mm 0 1mm 0; page-break-after: avoid; }
            .date { color: #52606d; margin: 0 0 5mm 0; }
            .strategy { font-style: italic; margin: 0 0 1mm 0; }
            ul.actions { margin: 1mm 0 3mm 0; }
            table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }
            th { text-align: left; background: #e4e9ef; padding: 1.5mm; }
            td { vertical-align: top; padding: 1.5mm; border-bottom: 0.5pt solid #cbd2d9; }
            td ul { margin: 0; padding-left: 4mm; }
            .radar { text-align: center; page-break-after: always; }
            """;

    private ReportHtml() {
    }

    static Document build(ReportDocument report) {
        Document doc = Document.createShell("");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        doc.title(report.title());
        doc.head().appendElement("style").appendText(CSS);
        Element body = doc.body();
        body.appendElement("h1").text(report.title());
        body.appendElement("p").addClass("date").text(report.date());
        body.appendElement("div").addClass("radar").id(RADAR_SLOT_ID);
        report.sections().forEach(section -> section(body, section));
        return doc;
    }

    private static void section(Element body, RingSection section) {
        body.appendElement("h2").text(section.ring());
        body.appendElement("p").addClass("strategy").text(section.strategy());
        Element actions = body.appendElement("ul").addClass("actions");
        section.actions().forEach(a -> actions.appendElement("li").text(a));
        Element table = body.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("Tool");
        head.appendElement("th").text("Segment");
        head.appendElement("th").text("Reasons");
        Element rows = table.appendElement("tbody");
        for (ReportRow row : section.rows()) {
            Element tr = rows.appendElement("tr");
            tr.appendElement("td").text(row.name());
            tr.appendElement("td").text(row.segment());
            Element reasons = tr.appendElement("td").appendElement("ul");
            row.reasons().forEach(r -> reasons.appendElement("li").text(r));
        }
    }
}
