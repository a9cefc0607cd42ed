package io.mlopsradar.cli;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.rings.RadarOfCatalog;
import io.mlopsradar.rings.RingContext;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.ToolRepository;

/** What most commands start from: the catalogue in the database (the bundled one plus imports), assessed this year. */
final class StoredCatalog {
    private StoredCatalog() {
    }

    static Catalog catalog(DatabaseOptions db) {
        try (Database database = db.open()) {
            return new ToolRepository(database.jdbi()).catalog();
        }
    }

    static RadarOfCatalog radar(Catalog catalog, java.time.LocalDate today) {
        return new RadarOfCatalog(Framework.bundled(), catalog, RingContext.on(today));
    }
}
