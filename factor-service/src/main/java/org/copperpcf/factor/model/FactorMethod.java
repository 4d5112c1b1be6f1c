package org.copperpcf.factor.model;

/** How a factor was determined. */
public enum FactorMethod implements Coded {
    LOCATION_AVERAGE, EXCL_MARKET_NON_FOSSIL, FOSSIL_ONLY, GENERATION_TYPE, TRANSMISSION, ETS_GRID, DEFAULT, STOICHIOMETRIC, SUPPLY_CHAIN, ESTIMATE
}
