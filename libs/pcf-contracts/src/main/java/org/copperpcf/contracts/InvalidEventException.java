package org.copperpcf.contracts;

/** A record that is not a readable event of ours: a permanent failure, never worth a retry. */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
