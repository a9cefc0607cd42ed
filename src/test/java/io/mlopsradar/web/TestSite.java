package io.mlopsradar.web;

import io.mlopsradar.catalog.Relations;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.Seeder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A seeded site over a fresh SQLite database in a temporary file, on a fixed date. */
final class TestSite {
    private static final List<Database> OPENED = new ArrayList<>();

    /** Closes, after a test class, the database pools of the sites it created. */
    static final class ClosesDatabases implements AfterAllCallback {
        @Override
        public void afterAll(ExtensionContext context) {
            synchronized (OPENED) {
                OPENED.forEach(Database::close);
                OPENED.clear();
            }
        }
    }

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private TestSite() {
    }

    static ServedData create() {
        Database db = Database.open(Database.temporaryUrl("web" + UUID.randomUUID().toString().replace("-", "")), "sa", "");
        synchronized (OPENED) {
            OPENED.add(db);
        }
        new Seeder(db).seed(Framework.bundled(), Catalog.bundled(), TODAY);
        return new ServedData(db, Framework.bundled(), Relations.bundled(), Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }
}
