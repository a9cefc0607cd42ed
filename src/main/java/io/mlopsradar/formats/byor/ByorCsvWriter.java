package io.mlopsradar.formats.byor;

import io.mlopsradar.editions.History;
import io.mlopsradar.formats.TextRadarWriter;
import java.time.LocalDate;
import java.util.List;

/** Writes one edition as BYOR CSV with name, ring, quadrant, isNew, status and description. */
public final class ByorCsvWriter implements TextRadarWriter {

    @Override
    public String write(History history, LocalDate edition) {
        var out = new StringBuilder(Csv.line(List.of("name", "ring", "quadrant", "isNew", "status", "description", "key")));
        for (ByorEntry e : ByorBlips.entries(history, edition)) {
            out.append(Csv.line(List.of(e.name(), e.ring(), e.quadrant(), e.isNew(), e.status(), e.description(), e.key())));
        }
        return out.toString();
    }
}
