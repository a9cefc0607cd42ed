package io.mlopsradar.signals;

/** One source could not answer for one tool: not found, malformed answer, rate limit exhausted, server errors. */
public final class SourceException extends Exception {
    public SourceException(String message) {
        super(message);
    }
}
