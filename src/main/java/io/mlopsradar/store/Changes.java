package io.mlopsradar.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * The database's one change counter. Every write transaction bumps it (whatever tables it touches, from any
 * process), so a cache or an ETag keyed on it can never serve data older than the last commit.
 */
public final class Changes {
    private Changes() {
    }

    /**
     * Runs a write in one transaction that also bumps the counter: all of it commits, or none of it. Another
     * process's write makes this one wait (bounded) and then fail with {@link DatabaseBusyException}.
     */
    public static <R, X extends Exception> R inWriteTransaction(Jdbi jdbi, HandleCallback<R, X> write) throws X {
        try {
            return jdbi.inTransaction(h -> {
                bump(h);
                return write.withHandle(h);
            });
        } catch (RuntimeException e) {
            throw StoreFailures.translate(e);
        }
    }

    /** Bumps the counter inside a transaction the caller already holds. */
    public static void bump(Handle handle) {
        handle.execute("UPDATE change_counter SET changes = changes + 1 WHERE id = 1");
    }

    /** The counter now: it grows by at least one with every committed write. */
    public static long current(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT changes FROM change_counter WHERE id = 1").mapTo(Long.class).one());
    }
}
