package io.mlopsradar.cli;

import io.mlopsradar.landscape.Framework;
import io.mlopsradar.formats.registry.Format;
import io.mlopsradar.formats.Mapping;
import io.mlopsradar.input.InputText;
import io.mlopsradar.input.Problem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the import and export commands share: format ids, mapping files, input checks and skipped-row reports. */
final class FormatOptions {
    private FormatOptions() {
    }

    /**
     * Splits the repeated {@code --format} of import: {@code table} or {@code json} set the output, the one other
     * value names the file's format.
     */
    static String fileFormat(List<String> values, OutputOptions output) {
        String file = null;
        for (String v : values) {
            if (v.equalsIgnoreCase("json") || v.equalsIgnoreCase("table")) {
                output.format = OutputOptions.Format.valueOf(v.toLowerCase(java.util.Locale.ROOT));
            } else if (file != null) {
                throw new BadInputException("--format names two file formats: " + file + " and " + v);
            } else {
                file = v;
            }
        }
        if (file == null) throw new BadInputException("--format must name the file's format (byor-csv, byor-json, zalando, "
                + "backstage, aoe, landscape or yaml)");
        return file;
    }

    static Format format(String id) {
        try {
            return Format.of(id);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** The mapping file, or the empty mapping when none is given. */
    static Mapping mapping(Path file) {
        if (file == null) return Mapping.empty();
        return Mapping.read(file.toString(), read(file), Framework.bundled());
    }

    static String read(Path file) {
        return InputText.read(file);
    }

    static void requireInput(Path path, Format format) {
        if (format.isFolder() && !Files.isDirectory(path)) {
            throw new BadInputException(path + ": " + (Files.exists(path) ? "not a folder; the " + format.id()
                    + " format reads a folder" : "no such folder"));
        }
    }

    static void printProblems(PrintWriter out, String label, List<Problem> problems) {
        problems.forEach(p -> out.println(label + " " + p));
    }
}
