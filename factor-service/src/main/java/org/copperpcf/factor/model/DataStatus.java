package org.copperpcf.factor.model;

/** How far a value is confirmed: read in its source, recalled, derived from such values, or estimated. */
public enum DataStatus implements Coded {
    VERIFIED, RECALLED, DERIVED, ESTIMATED
}
