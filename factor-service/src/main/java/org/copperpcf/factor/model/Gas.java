package org.copperpcf.factor.model;

/** The greenhouse gases a factor can give values for; fossil and non-fossil methane have different GWPs. */
public enum Gas implements Coded {
    CO2, CH4_FOSSIL, CH4_NON_FOSSIL, N2O, SF6, CF4, C2F6, NF3
}
