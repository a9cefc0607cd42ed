package io.mlopsradar.pictures;

import io.mlopsradar.landscape.Framework;
import io.mlopsradar.landscape.Ring;
import io.mlopsradar.drawing.ReportDocument;
import io.mlopsradar.drawing.ReportRow;
import io.mlopsradar.drawing.RingSection;
import io.mlopsradar.rings.AssessedTool;
import io.mlopsradar.rings.Reason;
import java.util.Comparator;
import java.util.List;

/** Builds the PDF report's contents: a picture, then per ring its strategy, actions and each tool's reasons. */
public final class CatalogReport {
    private CatalogReport() {
    }

    public static ReportDocument of(Framework framework, String title, String date, String svg, List<AssessedTool> tools) {
        List<RingSection> sections = framework.rings().stream().map(r -> section(framework, r, tools)).toList();
        return new ReportDocument(title, date, svg, sections);
    }

    private static RingSection section(Framework framework, Ring ring, List<AssessedTool> tools) {
        List<ReportRow> rows = tools.stream().filter(a -> a.ring().equals(ring.id()))
                .sorted(Comparator.comparing(a -> a.tool().name().toLowerCase()))
                .map(a -> new ReportRow(a.tool().name(), framework.quadrant(a.assessment().quadrant()).name(),
                        a.assessment().reasons().stream().map(Reason::text).toList()))
                .toList();
        return new RingSection(ring.name(), ring.strategy(), ring.actions(), rows);
    }
}
