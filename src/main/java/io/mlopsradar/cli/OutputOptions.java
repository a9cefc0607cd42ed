package io.mlopsradar.cli;

import io.mlopsradar.text.JsonMappers;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/** The `--format table|json` option every data-printing command shares, and the printing itself. */
public final class OutputOptions {
    /** How a command prints its data. */
    public enum Format { table, json }

    static final ObjectMapper JSON = JsonMappers.pretty();

    @Option(names = "--format", description = "table (default) or json", defaultValue = "table")
    Format format = Format.table;

    boolean json() {
        return format == Format.json;
    }

    void printJson(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void printTable(PrintWriter out, List<String> header, List<List<String>> rows) {
        out.print(Table.render(header, rows));
        out.flush();
    }
}
