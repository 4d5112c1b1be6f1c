package org.copperpcf.factor.service;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import org.copperpcf.factor.Factor;
import org.copperpcf.factor.GwpValue;
import org.copperpcf.factor.model.Gas;
import org.copperpcf.factor.model.GasBasis;
import org.copperpcf.kit.problem.ProblemException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The GWP100 sets held as data (AR6 by default, AR5, AR4), and the CO2e of a factor under one of them. A factor
 * published as CO2e is returned as it is: it is never characterised twice.
 */
@ApplicationScoped
public class GwpCatalog {
    public static final String DEFAULT_SET = "AR6";

    private volatile Map<String, Map<Gas, BigDecimal>> sets;

    /** Every set, by name, each by gas. */
    @Transactional(TxType.SUPPORTS)
    public Map<String, Map<Gas, BigDecimal>> sets() {
        Map<String, Map<Gas, BigDecimal>> loaded = sets;
        if (loaded == null || loaded.isEmpty()) {
            Map<String, Map<Gas, BigDecimal>> fresh = new TreeMap<>();
            for (GwpValue value : GwpValue.<GwpValue>listAll()) {
                fresh.computeIfAbsent(value.gwpSet, name -> new EnumMap<>(Gas.class)).put(value.gas, value.gwp100);
            }
            loaded = Collections.unmodifiableMap(fresh);
            sets = loaded;
        }
        return loaded;
    }

    public boolean isLoaded() {
        Map<String, Map<Gas, BigDecimal>> loaded = sets;
        return loaded != null && !loaded.isEmpty();
    }

    /** The set's name, checked: {@code null} means the default. */
    public String resolve(String setName) {
        String name = setName == null || setName.isBlank() ? DEFAULT_SET : setName.trim().toUpperCase();
        if (!sets().containsKey(name)) {
            throw ProblemException.invalid("gwpSet", "unknown GWP set '" + setName + "'; known: " + sets().keySet());
        }
        return name;
    }

    /** kg CO2e per activity unit under {@code setName}. */
    public BigDecimal co2e(Factor factor, String setName) {
        if (factor.gasBasis == GasBasis.CO2E) {
            return factor.co2ePerUnit;
        }
        return Characterisation.total(co2eByGas(factor, setName));
    }

    /** kg CO2e per activity unit of each gas; empty for factors published as CO2e. */
    public Map<Gas, BigDecimal> co2eByGas(Factor factor, String setName) {
        if (factor.gasBasis == GasBasis.CO2E) {
            return Map.of();
        }
        String name = resolve(setName);
        try {
            return Characterisation.co2eByGas(factor.gases, name, sets().get(name));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("gwpSet", e.getMessage() + " (factor " + factor.key + ")");
        }
    }

    void forget() {
        sets = null;
    }
}
