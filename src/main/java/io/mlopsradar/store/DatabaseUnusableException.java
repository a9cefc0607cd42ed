package io.mlopsradar.store;

/** The database cannot be used: its file is damaged, is not a radar database, or cannot be opened. */
public class DatabaseUnusableException extends RuntimeException {
    public DatabaseUnusableException(String message) {
        super(message);
    }
}
