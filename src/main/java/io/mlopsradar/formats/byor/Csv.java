package io.mlopsradar.formats.byor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV on jackson-dataformat-csv: reading remembers the line each record starts on (quoted values may span
 * lines) and the line of a quote the file never closes; writing quotes a value only where it must.
 */
final class Csv {
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withoutHeader().withoutEscapeChar();

    /** One record and the line it starts on; openQuote is the line of a quote the file never closes, else 0. */
    record Record(int line, List<String> values, int openQuote) {
        Record(int line, List<String> values) {
            this(line, values, 0);
        }
    }

    private Csv() {
    }

    static List<Record> parse(String text) {
        var records = new ArrayList<Record>();
        var values = new ArrayList<String>();
        int start = 0;
        long readTo = 0;
        try (JsonParser parser = MAPPER.readerFor(List.class).with(SCHEMA).createParser(text)) {
            JsonToken token = parser.nextToken(); // the array that wraps every record
            while ((token = parser.nextToken()) != null && token != JsonToken.END_ARRAY) {
                values.clear();
                start = 0;
                while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
                    // the line a record starts on is its first value's (the record's own token has none)
                    if (start == 0) start = parser.currentTokenLocation().getLineNr();
                    values.add(parser.getText());
                    readTo = parser.currentLocation().getCharOffset();
                }
                if (!(values.size() == 1 && values.get(0).isBlank())) records.add(new Record(start, List.copyOf(values)));
            }
        } catch (IOException e) {
            // a string fails to parse as CSV only when it ends inside a quoted value
            int quote = text.indexOf('"', (int) Math.max(0, Math.min(readTo, text.length())));
            int quoteLine = quote < 0 ? lineOf(text, text.length()) : lineOf(text, quote);
            records.add(new Record(start == 0 ? quoteLine : start, List.copyOf(values), quoteLine));
        }
        return records;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) line++;
        }
        return line;
    }

    /** The rows under a header of the columns, quoted only where RFC 4180 needs it (a comma, a quote, a line break). */
    static String write(CsvSchema columns, List<?> rows) {
        try {
            return MAPPER.writer(columns.withHeader()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
