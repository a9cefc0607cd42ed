package io.mlopsradar.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** Prints a list of records as JSON, or as a table of the chosen columns. */
final class RowPrinter {
    private RowPrinter() {
    }

    static void print(OutputOptions output, CommandSpec spec, List<? extends Map<String, ?>> rows, List<String> columns) {
        var out = spec.commandLine().getOut();
        if (output.json()) {
            output.printJson(out, rows);
            return;
        }
        output.printTable(out, columns, rows.stream()
                .map(r -> columns.stream().map(c -> cell(r.get(c))).toList()).toList());
    }

    static String cell(Object value) {
        if (value == null) return "";
        if (value instanceof List<?> list) return String.join(", ", list.stream().map(String::valueOf).toList());
        return String.valueOf(value);
    }
}
