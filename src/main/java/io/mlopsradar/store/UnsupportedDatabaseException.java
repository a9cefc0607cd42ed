package io.mlopsradar.store;

/** The database URL names an engine the store does not run on. */
public class UnsupportedDatabaseException extends IllegalArgumentException {
    public UnsupportedDatabaseException(String message) {
        super(message);
    }
}
