package io.mlopsradar.cli;

import io.mlopsradar.store.Database;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The server's scheduled signal refresh (off unless started): every tool, every interval, written through the store. */
final class SignalSchedule implements AutoCloseable {
    private final Database database;
    private final List<String> sources;
    private final Map<String, String> urls;
    private final Clock clock;
    private final PrintWriter log;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "signal-refresh");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param sources the signal sources to read (e.g. github, pypi)
     * @param urls    their base URLs where not the public APIs
     * @param log     where each run's outcome is written
     */
    SignalSchedule(Database database, List<String> sources, Map<String, String> urls, Clock clock, PrintWriter log) {
        this.database = database;
        this.sources = List.copyOf(sources);
        this.urls = Map.copyOf(urls);
        this.clock = clock;
        this.log = log;
    }

    /** Refreshes every tool's signals once per interval, the first time one interval from now. */
    void every(Duration interval) {
        executor.scheduleWithFixedDelay(this::refresh, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refresh() {
        try {
            var report = SignalRefreshing.run(database, sources, urls, List.of(), clock, log);
            log.println("signal refresh: " + report.written() + " snapshots written, " + report.failed() + " failed");
        } catch (RuntimeException e) {
            log.println("signal refresh failed: " + e.getMessage());
        }
        log.flush();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
