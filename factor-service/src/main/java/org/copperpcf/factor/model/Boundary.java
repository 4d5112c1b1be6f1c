package org.copperpcf.factor.model;

/** What a factor's value covers. */
public enum Boundary implements Coded {
    COMBUSTION, LIFE_CYCLE, SUPPLY_CHAIN, PROCESS
}
