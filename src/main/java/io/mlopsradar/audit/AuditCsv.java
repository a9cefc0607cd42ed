package io.mlopsradar.audit;

import java.util.List;

/** The audit trail as CSV (RFC 4180 quoting), one line per entry, for spreadsheets and archives. */
public final class AuditCsv {
    private AuditCsv() {
    }

    public static String write(List<AuditEntry> entries) {
        var sb = new StringBuilder("id,at,actor,address,action,target,before,after\r\n");
        for (AuditEntry e : entries) {
            sb.append(e.id()).append(',').append(e.at()).append(',').append(quote(e.actor())).append(',')
                    .append(quote(e.address())).append(',').append(quote(e.action())).append(',').append(quote(e.target()))
                    .append(',').append(quote(e.before())).append(',').append(quote(e.after())).append("\r\n");
        }
        return sb.toString();
    }

    static String quote(String value) {
        if (value == null) return "";
        // a leading =, +, - or @ would run as a formula in a spreadsheet
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
