package org.copperpcf.lca;

/** A product system or demand that cannot be calculated as given; the message names the culprit id. */
public final class InvalidSystemException extends IllegalArgumentException {
    public InvalidSystemException(String message) {
        super(message);
    }
}
