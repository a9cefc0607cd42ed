package io.mlopsradar.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.List;

/**
 * The audit trail as CSV (RFC 4180, CRLF line ends), one line per entry, for spreadsheets and archives: a plain
 * header, the id and time as they are, every text quoted, and a text a spreadsheet would run as a formula made text.
 */
public final class AuditCsv {
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS).build();
    private static final CsvSchema COLUMNS = CsvSchema.builder()
            .addColumns(List.of("id", "at", "actor", "address", "action", "target", "before", "after"), CsvSchema.ColumnType.STRING)
            .setLineSeparator("\r\n").build();
    private static final String HEADER = write(COLUMNS.withHeader(), List.of(), false);

    private AuditCsv() {
    }

    /** One entry as a line; a null text is an empty field, an empty text an empty quoted one. */
    record Line(long id, @JsonRawValue String at, String actor, String address, String action, String target, String before,
                String after) {
        static Line of(AuditEntry e) {
            return new Line(e.id(), e.at().toString(), defused(e.actor()), defused(e.address()), defused(e.action()),
                    defused(e.target()), defused(e.before()), defused(e.after()));
        }
    }

    public static String write(List<AuditEntry> entries) {
        return HEADER + write(COLUMNS, entries.stream().map(Line::of).toList(), true);
    }

    /** The value, with a quote mark before a leading =, +, - or @, which would run as a formula in a spreadsheet. */
    static String defused(String value) {
        return value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String write(CsvSchema schema, List<Line> lines, boolean quoted) {
        var writer = CSV.writer(schema);
        try {
            return (quoted ? writer : writer.without(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)).writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
