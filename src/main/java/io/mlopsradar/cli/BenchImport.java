package io.mlopsradar.cli;

import io.mlopsradar.editions.History;
import io.mlopsradar.formats.registry.Format;
import io.mlopsradar.store.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
        var m = new LinkedHashMap<String, Object>();
        m.put("editions", editions);
        m.put("rows_per_edition", rows);
        m.put("rows", history.editions().stream().mapToInt(e -> e.blips().size()).sum());
        m.put("distinct_blips", history.timelines().size());
        m.put("file_bytes", Files.size(file));
        m.put("import_ms", importMs);
        m.put("site_ms", siteMs);
        m.put("site_files", count(site));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("folder", work.toString());
        if (output.json()) output.printJson(spec.commandLine().getOut(), m);
        else RowPrinter.print(output, spec, List.of(m), List.copyOf(m.keySet()));
        return 0;
    }

    private long timed(String... args) {
        var err = new StringWriter();
        long start = System.nanoTime();
        int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (code != 0) throw new IllegalStateException("radar " + args[0] + " failed: " + err);
        return ms;
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
