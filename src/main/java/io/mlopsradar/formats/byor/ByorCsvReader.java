package io.mlopsradar.formats.byor;

import io.mlopsradar.formats.ImportOptions;
import io.mlopsradar.formats.RadarDocument;
import io.mlopsradar.formats.TextRadarReader;
import io.mlopsradar.formats.internal.Row;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a BYOR CSV: a header (any case, any order) naming name, ring, quadrant, isNew, description and optionally
 * status, then one blip per row. A row with the wrong number of columns fails the import, or is skipped when lenient.
 */
public final class ByorCsvReader implements TextRadarReader {

    @Override
    public RadarDocument read(String file, String content, ImportOptions options) {
        var byor = new ByorBlips(file, options);
        List<Csv.Record> records = Csv.parse(content.startsWith("\uFEFF") ? content.substring(1) : content);
        if (records.isEmpty()) {
            byor.fail(1, null, "empty file: expected a header row " + String.join(",", ByorBlips.REQUIRED));
            return byor.document();
        }
        Map<String, Integer> columns = header(records.get(0).values());
        for (String needed : ByorBlips.REQUIRED) {
            if (!columns.containsKey(needed.toLowerCase(Locale.ROOT))) {
                byor.fail(1, needed, "missing column (the header must name " + String.join(", ", ByorBlips.REQUIRED) + ")");
            }
        }
        if (columns.size() < ByorBlips.REQUIRED.size()) return byor.document();
        int width = records.get(0).values().size();
        for (Csv.Record record : records.subList(1, records.size())) {
            var row = new Row(file, record.line(), "");
            if (record.openQuote() > 0) {
                row.problem("", "the quoted value opened on line " + record.openQuote() + " is never closed: the file ends inside it");
                byor.rejected(row);
                continue;
            }
            if (record.values().size() != width) {
                row.problem("", "expected " + width + " columns but found " + record.values().size()
                        + "; a value holding a comma must be in double quotes");
                byor.rejected(row);
                continue;
            }
            byor.row(row, column -> columns.containsKey(column) ? record.values().get(columns.get(column)) : null);
        }
        return byor.document();
    }

    private static Map<String, Integer> header(List<String> names) {
        var columns = new HashMap<String, Integer>();
        for (int i = 0; i < names.size(); i++) columns.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        return columns;
    }
}
