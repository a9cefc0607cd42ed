package io.mlopsradar.cli;

import io.mlopsradar.text.JsonMappers;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** Prints a list of rows (maps, or records in their JSON shape) as JSON, or as a table of the chosen columns. */
final class RowPrinter {
    private RowPrinter() {
    }

    static void print(OutputOptions output, CommandSpec spec, List<?> rows, List<String> columns) {
        var out = spec.commandLine().getOut();
        if (output.json()) {
            output.printJson(out, rows);
            return;
        }
        output.printTable(out, columns, rows.stream()
                .map(RowPrinter::fields).map(r -> columns.stream().map(c -> cell(r.get(c))).toList()).toList());
    }

    /** Prints one record as JSON, or as a one-row table of all its fields in their JSON order. */
    static void printOne(OutputOptions output, CommandSpec spec, Object row) {
        if (output.json()) {
            output.printJson(spec.commandLine().getOut(), row);
            return;
        }
        print(output, spec, List.of(row), fields(row).keySet().stream().map(String::valueOf).toList());
    }

    private static Map<?, ?> fields(Object row) {
        return row instanceof Map<?, ?> map ? map : JsonMappers.compact().convertValue(row, Map.class); // the indentation plays no part
    }

    static String cell(Object value) {
        if (value == null) return "";
        if (value instanceof List<?> list) return String.join(", ", list.stream().map(String::valueOf).toList());
        return String.valueOf(value);
    }
}
