package io.mlopsradar.cli;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.CatalogReader;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.yaml.InvalidInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Catalogue maintenance: `radar catalog validate [FILE]`. */
@Command(name = "catalog", description = "Work with catalogue files.", subcommands = CatalogCommand.Validate.class)
final class CatalogCommand {

    /** Checks a catalogue file and reports every problem with file, line and field. */
    @Command(name = "validate", description = "Check a catalogue file (default: the bundled one).")
    static final class Validate implements Callable<Integer> {
        @Mixin
        OutputOptions output;
        @Mixin
        DatabaseOptions db; // accepted everywhere, so one --db or RADAR_DB serves every command
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", arity = "0..1", description = "catalogue YAML file")
        Path file;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            try {
                List<Tool> tools = file == null ? Catalog.bundled().tools() : CatalogReader.read(file);
                String name = file == null ? "bundled catalogue" : file.toString();
                if (output.json()) output.printJson(out, Map.of("file", name, "valid", true, "tools", tools.size(), "problems", List.of()));
                else out.println(name + ": valid, " + tools.size() + " tools");
                return 0;
            } catch (InvalidInputException e) {
                if (output.json()) {
                    output.printJson(out, Map.of("file", String.valueOf(file), "valid", false, "problems",
                            e.problems().stream().map(p -> Map.of("file", p.file(), "line", p.line(),
                                    "field", p.field() == null ? "" : p.field(), "message", p.message())).toList()));
                } else {
                    var err = spec.commandLine().getErr();
                    e.problems().forEach(err::println);
                    err.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + " found");
                }
                return 2;
            }
        }
    }
}
