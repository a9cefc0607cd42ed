package io.mlopsradar.store;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.editions.DefaultRadar;
import io.mlopsradar.editions.History;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.rings.RadarOfCatalog;
import io.mlopsradar.rings.RingContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * Fills a new database once, in one transaction: the bundled catalogue with its dated signal snapshots and the
 * default MLOps radar with one published edition in the policy's rings. Later starts read one row and parse nothing,
 * unless the bundled catalogue changed since (its checksum is stored): then its new tools and snapshots are added.
 */
public final class Seeder {
    static final String SEEDED = "seeded";
    static final String CHECKSUM = "bundled_catalogue_checksum";

    private final Database database;
    private final Clock clock;

    /** Seeded rows are stamped with the time on {@code clock}. */
    public Seeder(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Seeded rows are stamped by the system clock (tests that only need the data). */
    public Seeder(Database database) {
        this(database, Clock.systemUTC());
    }

    /** Seeds if this database was never seeded; returns how many tools were added (0 when already seeded). */
    public int seed(Framework framework, Catalog bundled, LocalDate today) {
        return seed(() -> framework, () -> bundled, Catalog.bundledChecksum(), today);
    }

    /**
     * Seeds a new database; on a seeded one, adds the tools of a changed bundled catalogue. The suppliers are only
     * called when there is something to write. Returns the tools added by a first seeding (0 otherwise).
     */
    public int seed(Supplier<Framework> framework, Supplier<Catalog> bundled, String checksum, LocalDate today) {
        if (database.jdbi().withHandle(h -> seeded(h) && checksum.equals(state(h, CHECKSUM)))) return 0; // a read, no lock
        return database.inWriteTransaction(h -> {
            if (seeded(h)) {
                if (!checksum.equals(state(h, CHECKSUM))) {
                    Catalog catalog = bundled.get();
                    ToolRepository.addMissing(h, clock, catalog.tools());
                    SignalRepository.addMissing(h, clock, catalog.signals().all()); // a newer catalogue ships newer snapshots
                    put(h, CHECKSUM, checksum);
                }
                return 0;
            }
            Catalog catalog = bundled.get();
            int added = ToolRepository.addMissing(h, clock, catalog.tools());
            SignalRepository.addMissing(h, clock, catalog.signals().all());
            var assessed = new RadarOfCatalog(framework.get(), catalog, RingContext.on(today));
            RadarRepository.save(h, clock, new History(DefaultRadar.radar(framework.get()),
                    List.of(DefaultRadar.edition(assessed, today))));
            put(h, SEEDED, today.toString());
            put(h, CHECKSUM, checksum);
            return added;
        });
    }

    private static boolean seeded(Handle h) {
        return state(h, SEEDED) != null;
    }

    private static String state(Handle h, String key) {
        return h.createQuery("SELECT state_value FROM app_state WHERE state_key = :k").bind("k", key)
                .mapTo(String.class).findOne().orElse(null);
    }

    private static void put(Handle h, String key, String value) {
        h.createUpdate("DELETE FROM app_state WHERE state_key = :k").bind("k", key).execute();
        h.createUpdate("INSERT INTO app_state (state_key, state_value) VALUES (:k, :v)").bind("k", key).bind("v", value).execute();
    }
}
