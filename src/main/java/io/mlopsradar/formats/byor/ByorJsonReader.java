package io.mlopsradar.formats.byor;

import io.mlopsradar.formats.ImportOptions;
import io.mlopsradar.formats.RadarDocument;
import io.mlopsradar.formats.TextRadarReader;
import io.mlopsradar.formats.internal.Row;
import io.mlopsradar.input.JsonFile;
import io.mlopsradar.input.Node;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Reads a BYOR JSON file: an array of objects with the same fields as the CSV columns (keys in any case). */
public final class ByorJsonReader implements TextRadarReader {

    @Override
    public RadarDocument read(String file, String content, ImportOptions options) {
        var byor = new ByorBlips(file, options);
        Node root = JsonFile.parse(file, content);
        if (!root.isSequence()) {
            byor.fail(root.line(), null, "expected an array of blips");
            return byor.document();
        }
        for (int i = 0; i < root.items().size(); i++) {
            Node item = root.items().get(i);
            var row = new Row(file, item.line(), "[" + i + "].");
            if (!item.isMapping()) {
                row.problem("", "each blip must be an object");
                byor.rejected(row);
                continue;
            }
            Map<String, String> values = values(item);
            byor.row(row, values::get);
        }
        return byor.document();
    }

    private static Map<String, String> values(Node item) {
        var values = new HashMap<String, String>();
        item.fields().forEach((key, value) -> values.put(key.toLowerCase(Locale.ROOT), value.isScalar() ? value.text() : null));
        return values;
    }
}
