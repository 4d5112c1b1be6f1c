package org.copperpcf.factor.model;

/** How a factor's value is given: CO2 only, per gas, or already as CO2e (so it is never characterised twice). */
public enum GasBasis implements Coded {
    CO2_ONLY, PER_GAS, CO2E
}
