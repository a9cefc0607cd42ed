package io.mlopsradar.cli;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.signals.ResponseCache;
import io.mlopsradar.signals.SignalRefresh;
import io.mlopsradar.signals.Sleeper;
import io.mlopsradar.signals.Sources;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.SignalRepository;
import io.mlopsradar.store.ToolRepository;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One refresh against a database: shared by `signals refresh` and the server's schedule; writes go through the store. */
final class SignalRefreshing {
    private SignalRefreshing() {
    }

    static SignalRefresh.Report run(Database database, List<String> sources, Map<String, String> urls, List<String> tools,
                                    Clock clock, PrintWriter progress) {
        var signals = new SignalRepository(database.jdbi(), clock);
        Catalog catalog = new ToolRepository(database.jdbi()).catalog();
        var cache = new ResponseCache() {
            @Override
            public Optional<Cached> get(String url) {
                return signals.cached(url).map(c -> new Cached(c.etag(), c.body()));
            }

            @Override
            public void put(String url, Cached response) {
                signals.remember(url, new SignalRepository.Cached(response.etag(), response.body()));
            }
        };
        var chosen = SignalsRefreshCommand.chosen(catalog, tools);
        var refresh = new SignalRefresh(Sources.create(sources, urls, System.getenv("GITHUB_TOKEN"), cache,
                clock, Sleeper.system()), line -> {
                    progress.println(line);
                    progress.flush();
                });
        return refresh.run(catalog, chosen, LocalDate.now(clock), signals::record);
    }
}
