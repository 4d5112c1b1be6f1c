package org.copperpcf.kit.units;

/** An unknown unit, or a conversion between units of different quantities. */
public class UnitException extends IllegalArgumentException {
    public UnitException(String message) {
        super(message);
    }
}
