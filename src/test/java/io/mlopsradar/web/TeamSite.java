package io.mlopsradar.web;

import io.mlopsradar.catalog.Relations;
import io.javalin.Javalin;
import io.mlopsradar.accounts.Account;
import io.mlopsradar.accounts.Role;
import io.mlopsradar.audit.Actor;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.store.AccountRepository;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.Seeder;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * A started app on a seeded database with one account per role: "ada" (site admin), "cora" (curator), "carl" and
 * "cleo" (contributors), "vera" (viewer); every password is {@link #PASSWORD}.
 */
final class TeamSite implements AutoCloseable {
    static final String PASSWORD = "correct horse battery";
    final ServedData site;
    final Javalin app;

    private TeamSite(ServedData site, Javalin app) {
        this.site = site;
        this.app = app;
    }

    /** The servers' clock: ten in the morning (UTC) of the test day. */
    static final Clock CLOCK = Clock.fixed(TestSite.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(36_000), ZoneOffset.UTC);

    static TeamSite start(Database db) {
        return start(db, TeamConfig.defaults());
    }

    static TeamSite start(Database db, TeamConfig config) {
        return start(db, config, 0);
    }

    static TeamSite start(Database db, TeamConfig config, int port) {
        new Seeder(db).seed(Framework.bundled(), Catalog.bundled(), TestSite.TODAY);
        addPeople(db);
        return startOn(db, config, port);
    }

    /** Another server on the same database, as a second instance behind a load balancer would be. */
    static TeamSite startOn(Database db) {
        return startOn(db, TeamConfig.defaults());
    }

    static TeamSite startOn(Database db, TeamConfig config) {
        return startOn(db, config, 0);
    }

    /** A server on a chosen port (0: any free one), for a redirect URL that must be known before it starts. */
    static TeamSite startOn(Database db, TeamConfig config, int port) {
        ServedData site = new ServedData(db, Framework.bundled(), Relations.bundled(), CLOCK);
        return new TeamSite(site, WebApp.create(site, config).start(port));
    }

    /** A free local port now, for {@link #startOn(Database, TeamConfig, int)}. */
    static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void addPeople(Database db) {
        var accounts = new AccountRepository(db.jdbi(), Clock.systemUTC());
        Actor setup = new Actor("test-setup", "local");
        accounts.add(setup, "ada", PASSWORD, true);
        for (String[] p : new String[][] {{"cora", "curator"}, {"carl", "contributor"}, {"cleo", "contributor"}, {"vera", "viewer"}}) {
            accounts.add(setup, p[0], PASSWORD, false);
            accounts.grant(setup, p[0], Account.EVERY_RADAR, Role.of(p[1]));
        }
    }

    WebUser anonymous() {
        return new WebUser(app.port());
    }

    WebUser as(String name) {
        return new WebUser(app.port()).signIn(name, PASSWORD);
    }

    @Override
    public void close() {
        app.stop();
    }
}
