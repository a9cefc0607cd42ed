package io.mlopsradar.store;

/** Another process held the write lock for longer than the busy timeout; nothing of this write was stored. */
public class DatabaseBusyException extends RuntimeException {
    public DatabaseBusyException() {
        super("the database is busy: another radar process is writing; try again");
    }
}
