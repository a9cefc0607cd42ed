package io.mlopsradar.cli;

import io.mlopsradar.catalog.Relations;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.SetupLinks;
import io.mlopsradar.web.ServedData;
import io.mlopsradar.web.TeamConfig;
import io.mlopsradar.web.WebApp;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Starts the web app on the database, loading the bundled catalogue on first start. */
@Command(name = "serve", description = "Start the web app and REST API.")
final class ServeCommand implements Callable<Integer> {
    private final Clock clock;

    ServeCommand(Clock clock) {
        this.clock = clock;
    }

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions db;
    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default 8080)")
    int port;
    @Option(names = "--host", defaultValue = "0.0.0.0", description = "address to listen on (default all)")
    String host;
    @Option(names = "--refresh-signals-every", description = "refresh the tools' signals from GitHub and PyPI this often, e.g. 24h (default: never)")
    String refreshEvery;
    @Option(names = "--stale-after", defaultValue = "365d", description = "facts read longer ago are marked stale (default 365d)")
    String staleAfter;
    @Option(names = "--secure-cookies", defaultValue = "${env:RADAR_SECURE_COOKIES:-false}",
            description = "mark session cookies Secure (on when served over HTTPS, e.g. behind a TLS proxy; env RADAR_SECURE_COOKIES)")
    boolean secureCookies;
    @Mixin
    SingleSignOnOptions sso;

    @Override
    public Integer call() throws InterruptedException {
        var out = spec.commandLine().getOut();
        TeamConfig team = TeamConfig.defaults().withSecureCookies(secureCookies).withSignIn(sso.settings(), sso.localSignIn());
        Database database = db.openForServer();
        int added = db.seeded;
        if (added > 0) out.println("first start: loaded " + added + " tools from the bundled catalogue and the MLOps radar's first edition");
        var interval = refreshEvery == null ? null : Ages.duration("--refresh-signals-every", refreshEvery);
        var served = new ServedData(database, Framework.bundled(), Relations::bundled, clock, Ages.period("--stale-after", staleAfter));
        var warmUp = new Thread(() -> {
            try {
                WebApp.warmUp(served);
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println("warning: could not prepare the radar page ahead: " + e.getMessage());
            }
        }, "warm-up");
        warmUp.setDaemon(true);
        warmUp.start(); // beside the web server's start: the first request finds the radar page rendered
        var app = WebApp.create(served, team);
        var setup = new SetupLinks(database.jdbi(), clock).issue();
        var schedule = new SignalSchedule(database, java.util.List.of("github", "pypi"), java.util.Map.of(), clock,
                spec.commandLine().getErr());
        if (interval != null) schedule.every(interval);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            schedule.close();
            app.stop();
            database.close();
            stopped.countDown();
        }));
        app.start(host, port);
        out.println("MLOps Radar is running: open http://localhost:" + app.port() + "/radar");
        setup.ifPresent(secret -> out.println("no administrator yet: within " + SetupLinks.LIFETIME.toHours() + " hours, open http://localhost:"
                + app.port() + "/setup/" + secret + " once to choose the first admin's name and password (or run `radar users add --admin NAME`)"));
        out.flush();
        stopped.await();
        return 0;
    }
}
