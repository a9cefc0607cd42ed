package io.mlopsradar.cli;

import io.mlopsradar.text.JsonMappers;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Prints a list of rows as JSON (records in their JSON shape), or as a table of chosen columns, each named by the
 * field's JSON key and read from the row directly, so that a table needs no JSON mapper.
 */
final class RowPrinter {
    private RowPrinter() {
    }

    /** A column of a table: its heading (the field's JSON key) and how a row gives its value. */
    record Column<T>(String name, Function<? super T, ?> value) {
    }

    static <T> Column<T> column(String name, Function<? super T, ?> value) {
        return new Column<>(name, value);
    }

    static <T> void print(OutputOptions output, CommandSpec spec, List<T> rows, List<Column<T>> columns) {
        var out = spec.commandLine().getOut();
        if (output.json()) {
            output.printJson(out, rows);
            return;
        }
        output.printTable(out, columns.stream().map(Column::name).toList(),
                rows.stream().map(r -> columns.stream().map(c -> cell(c.value().apply(r))).toList()).toList());
    }

    /** Prints one record as JSON, or as a one-row table of all its fields in their JSON order. */
    static void printOne(OutputOptions output, CommandSpec spec, Object row) {
        if (output.json()) {
            output.printJson(spec.commandLine().getOut(), row);
            return;
        }
        Map<?, ?> fields = JsonMappers.compact().convertValue(row, Map.class); // the indentation plays no part
        print(output, spec, List.of(fields), fields.keySet().stream()
                .map(k -> RowPrinter.<Map<?, ?>>column(String.valueOf(k), m -> m.get(k))).toList());
    }

    static String cell(Object value) {
        if (value == null) return "";
        if (value instanceof List<?> list) return String.join(", ", list.stream().map(String::valueOf).toList());
        return String.valueOf(value);
    }
}
