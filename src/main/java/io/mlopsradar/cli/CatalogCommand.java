package io.mlopsradar.cli;

import io.mlopsradar.landscape.Framework;
import java.time.Year;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.CatalogValidation;
import io.mlopsradar.formats.coverage.Coverage;
import io.mlopsradar.formats.coverage.ListEntry;
import io.mlopsradar.formats.coverage.ListFiles;
import io.mlopsradar.input.Problem;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Catalogue maintenance: `radar catalog validate [FILE]` and `radar catalog coverage --against FILE`. */
@Command(name = "catalog", description = "Work with catalogue files.", subcommands = {CatalogCommand.Validate.class, CatalogCommand.CoverageCheck.class})
final class CatalogCommand {

    /** Checks a catalogue file and reports every problem with file, line and field. */
    @Command(name = "validate", description = "Check a catalogue or relations file (default: the bundled catalogue).")
    static final class Validate implements Callable<Integer> {
        @Mixin
        OutputOptions output;
        @Mixin
        DatabaseOptions db; // accepted everywhere, so one --db or RADAR_DB serves every command
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", arity = "0..1", description = "catalogue YAML file")
        Path file;
        @Option(names = "--strict", description = "a fact stated without a source is a problem, not a warning")
        boolean strict;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            int year = Year.now(db.clock()).getValue();
            CatalogValidation result = file == null ? CatalogValidation.bundled(Framework.bundled(), year)
                    : CatalogValidation.of(file, Framework.bundled(), Catalog.bundled(), year);
            List<Problem> problems = result.reported(strict);
            List<Problem> warnings = strict ? List.of() : result.unsourced();
            if (output.json()) {
                output.printJson(out, Map.of("file", result.name(), "valid", result.valid(strict), "tools", result.tools(),
                        "relations", result.relations(), "problems", problems.stream().map(CatalogCommand::json).toList(),
                        "unsourced", result.unsourced().stream().map(CatalogCommand::json).toList()));
                return result.valid(strict) ? 0 : 2;
            }
            var err = spec.commandLine().getErr();
            if (result.valid(strict)) {
                out.println(result.name() + ": valid, " + result.tools() + " tools, " + result.relations() + " relations"
                        + (warnings.isEmpty() ? "" : "; " + warnings.size() + " facts stated without a source (listed on stderr; --strict fails on them)"));
                warnings.forEach(w -> err.println("warning: " + w));
            } else {
                problems.forEach(err::println);
                err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " found");
            }
            return result.valid(strict) ? 0 : 2;
        }
    }

    private static Map<String, Object> json(Problem p) {
        return Map.of("file", p.file(), "line", p.line(), "field", p.field() == null ? "" : p.field(), "message", p.message());
    }

    /** Lists the tools that public lists name and the catalogue lacks, most often named first. */
    @Command(name = "coverage", description = "Compare the catalogue with landscape or awesome-list files and list what it lacks.")
    static final class CoverageCheck implements Callable<Integer> {
        @Mixin
        OutputOptions output;
        @Mixin
        DatabaseOptions db; // accepted everywhere; the coverage reads the bundled catalogue
        @Spec
        CommandSpec spec;
        @Option(names = "--against", required = true, paramLabel = "FILE",
                description = "a landscape YAML (landscape2 or legacy) or a Markdown awesome-list; repeat for several")
        List<Path> files;
        @Option(names = "--limit", defaultValue = "50", description = "most missing tools to print in the table (default 50)")
        int limit;

        @Override
        public Integer call() {
            var lists = new LinkedHashMap<String, List<ListEntry>>();
            for (Path file : files) {
                if (!Files.isRegularFile(file)) throw new BadInputException(file + ": no such file");
                lists.put(file.toString(), ListFiles.read(file));
            }
            Coverage.Result result = new Coverage(Catalog.bundled()).compare(lists);
            var out = spec.commandLine().getOut();
            if (output.json()) {
                output.printJson(out, Map.of("lists", List.copyOf(lists.keySet()), "listed", result.listed(),
                        "covered", result.covered(), "missing", result.missing()));
                return 0;
            }
            out.println("Catalogue covers " + result.covered() + " of " + result.listed() + " tools named in "
                    + lists.size() + (lists.size() == 1 ? " list" : " lists") + "; " + result.missing().size() + " missing.");
            output.printTable(out, List.of("named", "tool", "repository or homepage", "lists"), result.missing().stream()
                    .limit(limit).map(m -> List.of(String.valueOf(m.named()), m.name(),
                            m.repository() != null ? m.repository() : String.valueOf(m.homepage()), m.lists().stream().map(CoverageCheck::shortName).collect(java.util.stream.Collectors.joining(", "))))
                    .toList());
            return 0;
        }
    
        /** A list's file with its folder, short enough for a table cell. */
        static String shortName(String path) {
            Path p = Path.of(path);
            return p.getParent() == null ? p.toString() : p.getParent().getFileName() + "/" + p.getFileName();
        }
    }
}
