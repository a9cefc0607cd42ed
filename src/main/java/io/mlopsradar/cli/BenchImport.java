package io.mlopsradar.cli;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.mlopsradar.editions.History;
import io.mlopsradar.formats.internal.FolderEntries;
import io.mlopsradar.formats.registry.Format;
import io.mlopsradar.store.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes a made-up history as our YAML, imports it into a fresh SQLite database with {@code radar import} and builds
 * its static site with {@code radar site}, timing both commands as a user would run them.
 */
@Command(name = "import", description = "Measure importing a long history and building its static site.")
final class BenchImport implements Callable<Integer> {
    @Mixin
    OutputOptions output;
    @Mixin
    DatabaseOptions db; // accepted everywhere, so one --db or RADAR_DB serves every command
    @Spec
    CommandSpec spec;
    @Option(names = "--editions", defaultValue = "30", description = "editions (default 30)")
    int editions;
    @Option(names = "--rows", defaultValue = "3000", description = "blips on every edition (default 3000)")
    int rows;
    @Option(names = "--seed", defaultValue = "42", description = "random seed (default 42)")
    long seed;
    @Option(names = "--dir", description = "work folder (default: a new temporary folder)")
    Path dir;

    @Override
    public Integer call() throws IOException {
        if (editions < 1 || editions > 500 || rows < 1 || rows > 20_000) {
            throw new BadInputException("--editions must be 1..500 and --rows 1..20000");
        }
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("radar-bench");
        History history = BenchHistory.generate(editions, rows, seed);
        Path file = work.resolve("bench.yaml");
        Files.writeString(file, Format.YAML.textWriter().orElseThrow().write(history, null));
        String db = Database.defaultUrl(work.resolve("db-" + System.nanoTime()));
        long importMs = timed("import", "--format", "yaml", file.toString(), "--db", db);
        Path site = work.resolve("site");
        long siteMs = timed("site", "--radar", BenchHistory.RADAR.name(), "--out", site.toString(), "--db", db);
        RowPrinter.printOne(output, spec, new Measured(editions, rows, history.editions().stream().mapToInt(e -> e.blips().size()).sum(),
                history.timelines().size(), Files.size(file), importMs, siteMs, count(site), Runtime.getRuntime().availableProcessors(),
                work.toString()));
        return 0;
    }

    /** What one run measured, with the size of the history it imported. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Measured(int editions, int rowsPerEdition, int rows, int distinctBlips, long fileBytes, long importMs, long siteMs,
                    long siteFiles, int cores, String folder) {
    }

    private long timed(String... args) {
        var err = new StringWriter();
        long start = System.nanoTime();
        int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (code != 0) throw new IllegalStateException("radar " + args[0] + " failed: " + err);
        return ms;
    }

    /** The regular files the site holds, walked like an import walks its folder (links are not followed). */
    private static long count(Path folder) {
        return count(new FolderEntries(folder), folder);
    }

    private static long count(FolderEntries entries, Path dir) {
        long files = entries.entries(dir).stream().filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).count();
        for (Path sub : entries.folders(dir)) files += count(entries, sub);
        return files;
    }
}
