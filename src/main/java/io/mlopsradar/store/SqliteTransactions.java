package io.mlopsradar.store;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Transactions on SQLite as plain {@code BEGIN IMMEDIATE} / {@code COMMIT} statements on an auto-commit connection.
 * The driver's own transactions begin the next transaction right after each commit, so a connection would hold the
 * write lock while it idles in the pool, and a commit that succeeded could still fail on that eager begin.
 */
final class SqliteTransactions implements org.jdbi.v3.core.transaction.TransactionHandler {
    private final Set<Handle> open = ConcurrentHashMap.newKeySet();

    @Override
    public void begin(Handle handle) {
        handle.execute("BEGIN IMMEDIATE");
        open.add(handle);
    }

    @Override
    public void commit(Handle handle) {
        handle.execute("COMMIT");
        open.remove(handle);
    }

    @Override
    public void rollback(Handle handle) {
        open.remove(handle);
        handle.execute("ROLLBACK");
    }

    @Override
    public boolean isInTransaction(Handle handle) {
        return open.contains(handle);
    }

    @Override
    public void savepoint(Handle handle, String name) {
        handle.execute("SAVEPOINT " + name);
    }

    @Override
    public void rollbackToSavepoint(Handle handle, String name) {
        handle.execute("ROLLBACK TO SAVEPOINT " + name);
    }

    @Override
    public void releaseSavepoint(Handle handle, String name) {
        handle.execute("RELEASE SAVEPOINT " + name);
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        if (isInTransaction(handle)) return callback.withHandle(handle);
        begin(handle);
        R result;
        try {
            result = callback.withHandle(handle);
        } catch (Throwable t) {
            try {
                rollback(handle);
            } catch (RuntimeException e) {
                t.addSuppressed(e);
            }
            throw t;
        }
        try {
            commit(handle);
        } catch (RuntimeException e) {
            if (isInTransaction(handle)) rollback(handle);
            throw e;
        }
        return result;
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
            HandleCallback<R, X> callback) throws X {
        return inTransaction(handle, callback); // SQLite transactions are always serializable
    }
}
