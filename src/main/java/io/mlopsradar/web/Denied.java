package io.mlopsradar.web;

/** A request refused for who is asking: 401 when nobody is signed in, 403 when the signed-in person may not. */
final class Denied extends RuntimeException {
    private final int status;

    Denied(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
