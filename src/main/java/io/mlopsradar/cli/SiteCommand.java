package io.mlopsradar.cli;

import io.mlopsradar.editions.History;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.site.StaticSite;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.ToolRepository;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a radar as a static site that works from disk or any static host. */
@Command(name = "site", description = "Write a radar as a static site (relative links; works from disk).")
final class SiteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions db;
    @Mixin
    OutputOptions output;
    @Mixin
    RadarOption radar;
    @Option(names = "--out", required = true, description = "folder to write the site into")
    Path out;

    @Override
    public Integer call() {
        try (Database database = db.open()) {
            History history = radar.history(database);
            long start = System.nanoTime();
            StaticSite.Result r = StaticSite.build(history, new ToolRepository(database.jdbi()).catalog(), Framework.bundled(), out);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (output.json()) output.printJson(spec.commandLine().getOut(), new WrittenSite(history.radar().name(), out.toString(), r.files(),
                    r.bytes(), millis));
            else spec.commandLine().getOut().printf("wrote %d files (%d bytes) for radar '%s' to %s in %d ms; open %s%n", r.files(),
                    r.bytes(), history.radar().name(), out, millis, out.resolve("index.html"));
            return 0;
        }
    }

    /** What was written: the radar, the folder, how many files and bytes, and how long it took. */
    record WrittenSite(String radar, String folder, int files, long bytes, long millis) {
    }
}
