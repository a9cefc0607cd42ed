package io.mlopsradar.store;

/** Someone else changed the record since it was read; the write was refused rather than overwrite their change. */
public class ConcurrentEditException extends RuntimeException {
    public ConcurrentEditException(String message) {
        super(message);
    }
}
