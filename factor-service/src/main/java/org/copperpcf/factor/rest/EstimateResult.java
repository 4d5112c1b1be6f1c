package org.copperpcf.factor.rest;

import java.math.BigDecimal;
import java.util.Map;

/**
 * kg CO2e for an activity: the total, each gas's share, the activity as given and as converted to the factor's
 * unit, the factor used with its source, and why that factor was chosen.
 */
public record EstimateResult(BigDecimal co2eKg, String gwpSet, Map<String, BigDecimal> co2eKgByGas,
                             Activity activity, FactorView factor, String release, String selection) {

    /** The activity as given and in the factor's unit. */
    public record Activity(BigDecimal amount, String unit, BigDecimal amountInFactorUnit, String factorUnit) {
    }
}
