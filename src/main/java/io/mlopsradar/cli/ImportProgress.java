package io.mlopsradar.cli;

import io.mlopsradar.editions.Edition;
import java.io.PrintWriter;

/** Tells the user on stderr how far a long import has got: one line per edition stored, with the share of rows done. */
final class ImportProgress {
    /** FormatOptions with at least this many rows report progress. */
    static final int MANY_ROWS = 500;

    private final PrintWriter err;
    private final int editions;
    private final int rows;
    private final boolean enabled;
    private int editionsDone;
    private int rowsDone;

    ImportProgress(PrintWriter err, int editions, int rows) {
        this.err = err;
        this.editions = editions;
        this.rows = rows;
        this.enabled = rows >= MANY_ROWS;
    }

    void stored(Edition edition) {
        editionsDone++;
        rowsDone += edition.blips().size();
        if (!enabled) return;
        err.printf("edition %s: %d blips (%d of %d editions, %d%% of rows)%n", edition.date(), edition.blips().size(),
                editionsDone, editions, rows == 0 ? 100 : rowsDone * 100L / rows);
        err.flush();
    }
}
