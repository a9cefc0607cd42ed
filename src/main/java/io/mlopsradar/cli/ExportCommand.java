package io.mlopsradar.cli;

import io.mlopsradar.editions.History;
import io.mlopsradar.formats.registry.Format;
import io.mlopsradar.formats.RadarWriter;
import io.mlopsradar.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a stored radar to an outside format. */
@Command(name = "export", description = "Write a radar to byor-csv, byor-json, zalando, backstage, aoe or yaml.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions db;
    @Option(names = "--format", required = true, description = "byor-csv, byor-json, zalando, backstage, aoe or yaml")
    String format;
    @Mixin
    RadarOption radar;
    @Option(names = "--edition", description = "YYYY-MM-DD: the edition (single-edition formats) or the last one written "
            + "(history formats); default: the latest published, all for history formats")
    String edition;
    @Option(names = "--out", required = true, description = "file to write (a folder for aoe)")
    Path out;

    @Override
    public Integer call() throws IOException {
        Format f = FormatOptions.format(format);
        RadarWriter writer = f.writer().orElseThrow(() -> new BadInputException(
                "format '" + f.id() + "' cannot be exported: it reads into the catalogue"));
        try (Database database = db.open()) {
            History history = radar.history(database);
            LocalDate date = edition == null ? null : RadarLookup.date(edition, "--edition");
            if (date != null) history.edition(date);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try {
                writer.write(history, date, out);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            spec.commandLine().getOut().println("wrote radar '" + history.radar().name() + "' as " + f.id() + " to " + out);
            return 0;
        }
    }
}
