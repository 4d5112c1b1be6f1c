package org.copperpcf.factor.model;

/** What a factor applies to. */
public enum FactorCategory implements Coded {
    ELECTRICITY, FUEL_COMBUSTION, FUEL_UPSTREAM, HEAT, MATERIAL, TRANSPORT, PROCESS
}
