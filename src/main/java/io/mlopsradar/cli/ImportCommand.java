package io.mlopsradar.cli;

import io.mlopsradar.audit.Actor;
import io.mlopsradar.editions.PublishedEditionException;
import io.mlopsradar.formats.registry.Format;
import io.mlopsradar.imports.RadarImport;
import java.time.Clock;
import java.time.LocalDate;
import io.mlopsradar.formats.ImportOptions;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.RadarRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads an outside file into a stored radar (or, for landscape files, into the catalogue), all of it or nothing. */
@Command(name = "import", description = "Import a radar file (or a landscape file into the catalogue), atomically.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions db;
    @Option(names = "--format", required = true, paramLabel = "ID", description = "the file's format: byor-csv, byor-json, "
            + "zalando, backstage, aoe, landscape or yaml; give --format again with table or json for the summary")
    List<String> formats;
    private final OutputOptions output = new OutputOptions();
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "the files, or folders of files (a folder for aoe; "
            + "a landscape import takes one file); all of them go in, in one transaction, or none")
    List<Path> paths;
    @Option(names = "--edition-from-name", paramLabel = "REGEX", description = "take each file's edition date from its "
            + "name: the first group of REGEX (else the match), as YYYY-MM-DD or YYYY-MM (the 1st of the month)")
    Pattern editionFromName;
    @Option(names = "--radar", description = "import into this radar if it exists, else create it under this name "
            + "(default: the file name without extension, slugged; for yaml the radar named in the file)")
    String radar;
    @Option(names = "--edition", description = "date of a single-edition file, YYYY-MM-DD (default: the file's own date, else today)")
    String edition;
    @Option(names = "--mapping", description = "mapping file (segments, rings, landscape categories)")
    Path mapping;
    @Option(names = "--landscape", description = "landscape: the bundled mapping to use, lfai (default) or cncf")
    LandscapeImporter.Landscape landscape;
    @Option(names = "--lenient", description = "skip bad rows and list them instead of failing")
    boolean lenient;
    @Option(names = "--publish", description = "publish the imported draft editions")
    boolean publish;

    private List<Path> files = List.of();

    /** The file, or how many files, for messages. */
    private String where() {
        return files.size() == 1 ? files.get(0).toString() : files.size() + " files";
    }

    @Override
    public Integer call() {
        Format f = FormatOptions.format(FormatOptions.fileFormat(formats, output));
        if (radar != null) RadarLookup.requireName(radar, "--radar");
        files = ImportFiles.expand(paths, f);
        if (f == Format.LANDSCAPE && files.size() > 1) throw new BadInputException("a landscape import takes one file");
        try (Database database = db.open()) {
            if (f == Format.LANDSCAPE) {
                print(LandscapeImporter.run(database, db.clock(), files.get(0), LandscapeImporter.mapping(mapping, landscape)));
            } else {
                print(radarImport(new RadarRepository(database.jdbi(), db.clock()), f));
            }
            return 0;
        }
    }

    private ImportSummary radarImport(RadarRepository repo, Format f) {
        if (edition != null && editionFromName != null) throw new BadInputException("give --edition or --edition-from-name, not both");
        var options = ImportOptions.on(LocalDate.now(db.clock())).lenient(lenient).withMapping(FormatOptions.mapping(mapping))
                .withEdition(edition == null ? null : RadarLookup.date(edition, "--edition"));
        // a stored radar is read into: so a file with fewer segments still fits, and names map onto its own
        var importer = new RadarImport(repo, db.clock());
        var prepared = importer.read(new RadarImport.Request(files, f, options, editionFromName, radar, publish));
        var progress = new ImportProgress(spec.commandLine().getErr(), prepared.editions().size(), prepared.blips());
        RadarImport.Report report;
        try {
            report = importer.store(prepared, Actor.commandLine(), progress::stored);
        } catch (PublishedEditionException | IllegalArgumentException e) {
            throw new BadInputException(where() + ": " + e.getMessage());
        }
        return ImportSummary.of(f.id(), files, report);
    }

    private void print(LandscapeImporter.Summary summary) {
        var out = spec.commandLine().getOut();
        if (output.json()) {
            output.printJson(out, summary);
            return;
        }
        out.printf("%s: %s tools added to the catalogue, %s already known, %s unmapped, %s ignored%n", where(),
                summary.added(), summary.known(), summary.unmapped(), summary.ignored());
        FormatOptions.printProblems(out, "unmapped", summary.unmappedItems());
        FormatOptions.printProblems(out, "dropped", summary.droppedLinks());
    }

    private void print(ImportSummary summary) {
        var out = spec.commandLine().getOut();
        if (output.json()) {
            output.printJson(out, summary);
            return;
        }
        RadarImport.ReportJson report = summary.report();
        if (!report.changed()) {
            out.printf("nothing changed: radar '%s' already holds every edition of %s (%s unchanged)%n",
                    report.radar(), where(), report.editionsUnchanged());
        } else {
            out.printf("imported %s into radar '%s'%s: %s editions added, %s replaced, %s unchanged%n", where(),
                    report.radar(), report.radarCreated() ? " (new radar)" : "",
                    report.editionsAdded(), report.editionsReplaced(), report.editionsUnchanged());
        }
        FormatOptions.printProblems(out, "skipped", report.skipped());
    }
}
