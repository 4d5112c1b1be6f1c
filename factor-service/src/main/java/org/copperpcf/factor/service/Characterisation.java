package org.copperpcf.factor.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.Map;

import org.copperpcf.factor.model.Gas;

/** Per-gas amounts to CO2e with one GWP100 set: Σ amount × GWP. Exact decimal arithmetic, no rounding. */
public final class Characterisation {

    private Characterisation() {
    }

    /** kg CO2e of each gas; fails if the set has no value for a gas that is present. */
    public static Map<Gas, BigDecimal> co2eByGas(Map<Gas, BigDecimal> gases, String setName, Map<Gas, BigDecimal> gwp) {
        Map<Gas, BigDecimal> byGas = new EnumMap<>(Gas.class);
        gases.forEach((gas, amount) -> {
            BigDecimal factor = gwp.get(gas);
            if (factor == null) {
                throw new IllegalArgumentException("GWP set " + setName + " has no value for " + gas.code());
            }
            byGas.put(gas, amount.multiply(factor, MathContext.UNLIMITED));
        });
        return byGas;
    }

    public static BigDecimal total(Map<Gas, BigDecimal> co2eByGas) {
        return co2eByGas.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
