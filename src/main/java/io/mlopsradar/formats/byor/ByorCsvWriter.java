package io.mlopsradar.formats.byor;

import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.mlopsradar.editions.History;
import io.mlopsradar.formats.TextRadarWriter;
import java.time.LocalDate;
import java.util.List;

/** Writes one edition as BYOR CSV with name, ring, quadrant, isNew, status, description and our key. */
public final class ByorCsvWriter implements TextRadarWriter {
    private static final CsvSchema COLUMNS = CsvSchema.builder()
            .addColumns(List.of("name", "ring", "quadrant", "isNew", "status", "description", "key"), CsvSchema.ColumnType.STRING)
            .build();

    @Override
    public String write(History history, LocalDate edition) {
        return Csv.write(COLUMNS, ByorBlips.entries(history, edition));
    }
}
