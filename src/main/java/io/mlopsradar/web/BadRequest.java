package io.mlopsradar.web;

/** A request the client can fix: answered with 400 and this message. */
public class BadRequest extends RuntimeException {
    private final String parameter;

    public BadRequest(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
