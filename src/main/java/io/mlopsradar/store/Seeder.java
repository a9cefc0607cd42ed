package io.mlopsradar.store;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.editions.DefaultRadar;
import io.mlopsradar.editions.History;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.rings.RadarOfCatalog;
import io.mlopsradar.rings.RingContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Fills a new database once, in one transaction: the bundled catalogue and the default MLOps radar with one
 * published edition in the policy's rings. Later starts change nothing.
 */
public final class Seeder {
    static final String SEEDED = "seeded";

    private final Database database;

    public Seeder(Database database) {
        this.database = database;
    }

    /** Seeds if this database was never seeded; returns how many tools were added (0 when already seeded). */
    public int seed(Framework framework, Catalog bundled, LocalDate today) {
        if (database.jdbi().withHandle(Seeder::seeded)) return 0; // a read: no write lock for a seeded database
        return database.inWriteTransaction(h -> {
            if (seeded(h)) return 0;
            int added = ToolRepository.addMissing(h, bundled.tools());
            var assessed = new RadarOfCatalog(framework, bundled, RingContext.global(today.getYear()));
            RadarRepository.save(h, new History(DefaultRadar.radar(framework), List.of(DefaultRadar.edition(assessed, today))));
            h.createUpdate("INSERT INTO app_state (state_key, state_value) VALUES (:k, :v)")
                    .bind("k", SEEDED).bind("v", today.toString()).execute();
            return added;
        });
    }

    private static boolean seeded(org.jdbi.v3.core.Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM app_state WHERE state_key = :k").bind("k", SEEDED).mapTo(Integer.class).one() > 0;
    }
}
