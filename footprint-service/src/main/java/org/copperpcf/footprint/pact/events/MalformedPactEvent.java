package org.copperpcf.footprint.pact.events;

/** A PACT event that is not valid: answered 400 {@code {"code":"BadRequest","message":"<field>: <problem>"}}. */
public final class MalformedPactEvent extends RuntimeException {
    private final String field;

    public MalformedPactEvent(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
