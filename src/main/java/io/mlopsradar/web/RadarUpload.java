package io.mlopsradar.web;

import io.javalin.http.HttpStatus;
import io.mlopsradar.audit.Actor;
import io.mlopsradar.editions.EditionDates;
import io.mlopsradar.formats.registry.Format;
import io.mlopsradar.formats.ImportOptions;
import io.mlopsradar.imports.RadarImport;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Problem;
import io.mlopsradar.text.ColumnLengths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * An uploaded radar file imported into a radar through the same atomic, lenient-with-report import as the command
 * line: the upload is written to a private temporary folder under its own name (so that problems name it), read,
 * stored with its audit entry, and removed.
 */
final class RadarUpload {
    static final Upload.Kind RADAR_FILE = new Upload.Kind("the file", 2 * 1024 * 1024, Set.of("text/csv", "application/json",
            "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain", "text/markdown",
            "application/octet-stream"), "text/csv, application/json, application/yaml or text/plain");

    private final RadarImport importer;
    private final Supplier<LocalDate> today;

    RadarUpload(RadarImport importer, Supplier<LocalDate> today) {
        this.importer = importer;
        this.today = today;
    }

    /** The formats a single uploaded file can hold (not folders, not the catalogue's landscape files). */
    static List<Format> formats() {
        return Stream.of(Format.values()).filter(f -> !f.isFolder() && f.reader().isPresent()).toList();
    }

    /** Imports the upload; a refused file is an {@link InvalidInputException} naming the upload, line and field. */
    RadarImport.Report run(Actor actor, String radar, Upload upload, String formatId, String edition, boolean lenient) {
        String tooLong = ColumnLengths.tooLong(radar, ColumnLengths.RADAR_NAME);
        if (tooLong != null) throw new BadRequest("name", "the radar's name " + tooLong);
        Format format = format(formatId);
        var options = ImportOptions.on(today.get()).lenient(lenient).withEdition(edition == null ? null : date(edition));
        if (upload.text().isBlank()) throw new BadRequest("file", "choose a file to upload; the one sent is empty");
        String name = fileName(upload.name());
        Path folder = null;
        try {
            folder = Files.createTempDirectory("radar-upload");
            Path file = Files.writeString(folder.resolve(name), upload.text(), StandardCharsets.UTF_8);
            String prefix = folder + java.io.File.separator;
            try {
                var prepared = importer.read(new RadarImport.Request(List.of(file), format, options, null, radar, false));
                var report = importer.store(prepared, actor, e -> { });
                return new RadarImport.Report(report.format(), report.radar(), report.radarCreated(), report.editionsAdded(),
                        report.editionsReplaced(), report.editionsUnchanged(), named(report.skipped(), prefix));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(named(e.problems(), prefix));
            } catch (IllegalArgumentException e) {
                throw new BadRequest("file", name + ": " + e.getMessage().replace(prefix, ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            remove(folder);
        }
    }

    static Format format(String id) {
        if (id == null) throw new BadRequest("format", "choose the file's format: " + ids());
        Format f;
        try {
            f = Format.of(id.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequest("format", e.getMessage());
        }
        if (!formats().contains(f)) {
            throw new Upload.Refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "the " + f.id() + " format cannot be uploaded as one file"
                    + (f == Format.LANDSCAPE ? " into a radar (it fills the catalogue: use radar import)" : " (use radar import with a folder)")
                    + "; upload one of " + ids());
        }
        return f;
    }

    private static String ids() {
        return String.join(", ", formats().stream().map(Format::id).toList());
    }

    private static LocalDate date(String text) {
        try {
            return EditionDates.parse(text.strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new BadRequest("edition", "the edition date is YYYY-MM-DD, not '" + text + "'");
        }
    }

    /** The upload's own name without folders or odd characters, so that it is safe as a file name and readable in problems. */
    static String fileName(String uploaded) {
        String base = uploaded == null ? "" : uploaded.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        if (base.isEmpty() || base.startsWith(".")) base = "upload" + base;
        return base.length() > 100 ? base.substring(base.length() - 100) : base;
    }

    private static List<Problem> named(List<Problem> problems, String prefix) {
        return problems.stream().map(p -> new Problem(p.file() == null ? null : p.file().replace(prefix, ""), p.line(), p.field(),
                p.message() == null ? null : p.message().replace(prefix, ""))).toList();
    }

    private static void remove(Path folder) {
        if (folder == null) return;
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the system cleans its temporary space
        }
    }
}
