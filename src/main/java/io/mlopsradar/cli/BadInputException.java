package io.mlopsradar.cli;

/** A command's input is wrong in a way the user can fix; reported in one line with exit code 2. */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
