package io.mlopsradar.cli;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.History;
import io.mlopsradar.formats.registry.Format;
import io.mlopsradar.store.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes a made-up history as one BYOR CSV file per edition and times, inside this process, importing one file,
 * importing all of them with one {@code radar import}, and importing them with one {@code radar import} each.
 */
@Command(name = "batch", description = "Measure importing many files in one run against one file and one run per file.")
final class BenchBatch implements Callable<Integer> {
    @Mixin
    OutputOptions output;
    @Mixin
    DatabaseOptions db; // accepted everywhere; this benchmark uses fresh databases of its own
    @Spec
    CommandSpec spec;
    @Option(names = "--files", defaultValue = "34", description = "files, one edition each (default 34)")
    int files;
    @Option(names = "--rows", defaultValue = "100", description = "blips in every file (default 100)")
    int rows;
    @Option(names = "--seed", defaultValue = "42", description = "random seed (default 42)")
    long seed;
    @Option(names = "--dir", description = "work folder (default: a new temporary folder)")
    Path dir;

    @Override
    public Integer call() throws IOException {
        if (files < 1 || files > 200 || rows < 1 || rows > 5_000) throw new BadInputException("--files must be 1..200 and --rows 1..5000");
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("radar-bench-batch");
        History history = BenchHistory.generate(files, rows, seed);
        Path volumes = Files.createDirectories(work.resolve("volumes"));
        var paths = new ArrayList<String>();
        for (Edition e : history.editions()) {
            Path file = volumes.resolve("vol-" + e.date() + ".csv");
            Files.writeString(file, Format.BYOR_CSV.textWriter().orElseThrow().write(history, e.date()));
            paths.add(file.toString());
        }
        String pattern = "(\\d{4}-\\d{2}-\\d{2})";
        long warm = importing(work, "warm", paths.subList(0, 1), pattern); // class loading and JIT, not counted
        long one = importing(work, "one", paths.subList(0, 1), pattern);
        long batch = importing(work, "batch", paths, pattern);
        String separate = seeded(work, "separate");
        long separateMs = 0;
        for (String p : paths) separateMs += timed("import", "--format", "byor-csv", p, "--radar", "bench", "--edition-from-name", pattern, "--db", separate);
        RowPrinter.printOne(output, spec, new Measured(files, rows, warm, one, batch, separateMs,
                Math.round(batch * 100.0 / Math.max(1, one)) / 100.0, work.toString()));
        return 0;
    }

    /** What one run measured: one file, all files in one run, one run per file (and the ratio of the first two). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Measured(int files, int rowsPerFile, long warmUpMs, long oneFileMs, long allFilesOneRunMs, long oneRunPerFileMs,
                    double ratioAllToOne, String folder) {
    }

    private long importing(Path work, String name, List<String> paths, String pattern) {
        var args = new ArrayList<>(List.of("import", "--format", "byor-csv"));
        args.addAll(paths);
        args.addAll(List.of("--radar", "bench", "--edition-from-name", pattern, "--db", seeded(work, name)));
        return timed(args.toArray(String[]::new));
    }

    /** A new database, created and seeded before the clock starts: the measure is the import, not the first use. */
    private static String seeded(Path work, String name) {
        String url = Database.defaultUrl(work.resolve(name));
        timed("radars", "--db", url);
        return url;
    }

    private static long timed(String... args) {
        var err = new StringWriter();
        long start = System.nanoTime();
        int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (code != 0) throw new IllegalStateException("radar " + String.join(" ", args) + " failed: " + err);
        return ms;
    }
}
