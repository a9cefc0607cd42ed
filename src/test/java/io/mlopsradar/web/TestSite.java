package io.mlopsradar.web;

import io.mlopsradar.catalog.Relations;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.Seeder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** A seeded site over a fresh SQLite database in a temporary file, on a fixed date. */
final class TestSite {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private TestSite() {
    }

    static ServedData create() {
        Database db = Database.open(Database.temporaryUrl("web" + UUID.randomUUID().toString().replace("-", "")), "sa", "");
        new Seeder(db).seed(Framework.bundled(), Catalog.bundled(), TODAY);
        return new ServedData(db, Framework.bundled(), Relations.bundled(), Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }
}
