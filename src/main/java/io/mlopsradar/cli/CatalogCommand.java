package io.mlopsradar.cli;

import io.mlopsradar.catalog.CatalogValidation;
import java.nio.file.Path;
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
    @Command(name = "validate", description = "Check a catalogue or relations file (default: the bundled catalogue).")
    static final class Validate implements Callable<Integer> {
        @Mixin
        OutputOptions output;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", arity = "0..1", description = "catalogue YAML file")
        Path file;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            CatalogValidation result = file == null ? CatalogValidation.bundled() : CatalogValidation.of(file);
            if (output.json()) {
                output.printJson(out, Map.of("file", result.name(), "valid", result.valid(), "tools", result.tools(),
                        "relations", result.relations(), "problems", result.problems().stream().map(p -> Map.of("file", p.file(),
                                "line", p.line(), "field", p.field() == null ? "" : p.field(), "message", p.message())).toList()));
            } else if (result.valid()) {
                out.println(result.name() + ": valid, " + result.tools() + " tools, " + result.relations() + " relations");
            } else {
                var err = spec.commandLine().getErr();
                result.problems().forEach(err::println);
                err.println(result.problems().size() + (result.problems().size() == 1 ? " problem" : " problems") + " found");
            }
            return result.valid() ? 0 : 2;
        }
    }
}
