package io.mlopsradar.store;

import io.mlopsradar.catalog.Tool;
import java.util.List;

/** Fills a new database once: the bundled catalogue goes in on first start; later starts change nothing. */
public final class Seeder {
    static final String CATALOGUE_SEEDED = "catalogue-seeded";

    private final Database database;

    public Seeder(Database database) {
        this.database = database;
    }

    /** Loads the tools if this database was never seeded; returns how many were added. */
    public int seedCatalogue(List<Tool> bundled) {
        return database.jdbi().inTransaction(h -> {
            boolean seeded = h.createQuery("SELECT COUNT(*) FROM app_state WHERE state_key = :k")
                    .bind("k", CATALOGUE_SEEDED).mapTo(Integer.class).one() > 0;
            if (seeded) return 0;
            int added = ToolRepository.addMissing(h, bundled);
            h.createUpdate("INSERT INTO app_state (state_key, state_value) VALUES (:k, :v)")
                    .bind("k", CATALOGUE_SEEDED).bind("v", String.valueOf(bundled.size())).execute();
            return added;
        });
    }
}
