package io.mlopsradar.formats.byor;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV that remembers the line each record starts on, since quoted values may span lines. */
final class Csv {
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
        var value = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') line++;
                    value.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                quoteLine = line;
            } else if (c == ',') {
                values.add(value.toString());
                value.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                values.add(value.toString());
                value.setLength(0);
                if (!(values.size() == 1 && values.get(0).isBlank())) records.add(new Record(start, List.copyOf(values)));
                values.clear();
                start = ++line;
            } else {
                value.append(c);
            }
        }
        values.add(value.toString());
        if (!(values.size() == 1 && values.get(0).isBlank()) || quoted) {
            records.add(new Record(start, List.copyOf(values), quoted ? quoteLine : 0));
        }
        return records;
    }

    static String line(List<String> values) {
        var out = new StringBuilder();
        for (String v : values) {
            if (out.length() > 0) out.append(',');
            String s = v == null ? "" : v;
            boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
            out.append(quote ? '"' + s.replace("\"", "\"\"") + '"' : s);
        }
        return out.append('\n').toString();
    }
}
