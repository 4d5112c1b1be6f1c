package org.copperpcf.factor.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.copperpcf.factor.model.Coded;
import org.copperpcf.factor.model.FactorCategory;
import org.copperpcf.factor.model.Gas;
import org.copperpcf.factor.model.GasBasis;
import org.copperpcf.factor.rest.FactorInput;
import org.copperpcf.kit.units.ActivityUnits;
import org.copperpcf.kit.units.UnitException;
import org.copperpcf.kit.problem.Violation;

/**
 * Rules across fields that Bean Validation cannot express: the values must match the gas basis (so a factor is
 * never characterised twice), the unit must be known, a validity period must run forwards, and an electricity
 * factor above 2 kg CO2e per kWh is refused as absurd (the dirtiest coal plants emit about 1.2).
 */
public final class FactorRules {
    private static final BigDecimal MAX_ELECTRICITY_PER_KWH = new BigDecimal("2");

    private FactorRules() {
    }

    /** @param prefix prepended to each field name, e.g. {@code row[12].} for imports */
    public static List<Violation> check(FactorInput input, String prefix) {
        List<Violation> violations = new ArrayList<>();
        Map<String, BigDecimal> gases = input.gases() == null ? Map.of() : input.gases();
        gases.keySet().forEach(gas -> {
            if (Coded.parse(Gas.class, gas).isEmpty()) {
                violations.add(new Violation(prefix + "gases." + gas,
                        "unknown gas; allowed: " + Coded.allowed(Gas.class)));
            }
        });
        if (input.gasBasis() != null) {
            checkBasis(input, gases, prefix, violations);
        }
        if (input.activityUnit() != null && !input.activityUnit().isBlank()) {
            try {
                String unit = ActivityUnits.canonical(input.activityUnit());
                checkPlausible(input, gases, unit, prefix, violations);
            } catch (UnitException e) {
                violations.add(new Violation(prefix + "activityUnit", e.getMessage()));
            }
        }
        if (input.validFrom() != null && input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
            violations.add(new Violation(prefix + "validTo", "must not be before validFrom " + input.validFrom()));
        }
        if (input.gridRegion() != null && input.geography() != null
                && !input.gridRegion().startsWith(input.geography().substring(0, 2))) {
            violations.add(new Violation(prefix + "gridRegion", "must lie in " + input.geography()));
        }
        return violations;
    }

    private static void checkBasis(FactorInput input, Map<String, BigDecimal> gases, String prefix,
                                   List<Violation> violations) {
        switch (input.gasBasis()) {
            case CO2E -> {
                if (input.co2ePerUnit() == null) {
                    violations.add(new Violation(prefix + "co2ePerUnit", "is required when gasBasis is co2e"));
                }
                if (!gases.isEmpty()) {
                    violations.add(new Violation(prefix + "gases", "must be empty when gasBasis is co2e "
                            + "(a CO2e value is never characterised again)"));
                }
            }
            case CO2_ONLY, PER_GAS -> {
                if (input.co2ePerUnit() != null) {
                    violations.add(new Violation(prefix + "co2ePerUnit", "must be empty when gasBasis is "
                            + input.gasBasis().code() + "; give the gases instead"));
                }
                if (gases.isEmpty()) {
                    violations.add(new Violation(prefix + "gases", "needs at least one gas when gasBasis is "
                            + input.gasBasis().code()));
                } else if (input.gasBasis() == GasBasis.CO2_ONLY
                        && !(gases.size() == 1 && Coded.parse(Gas.class, gases.keySet().iterator().next())
                        .filter(gas -> gas == Gas.CO2).isPresent())) {
                    violations.add(new Violation(prefix + "gases", "must hold co2 only when gasBasis is co2_only"));
                }
            }
        }
    }

    private static void checkPlausible(FactorInput input, Map<String, BigDecimal> gases, String unit, String prefix,
                                       List<Violation> violations) {
        if (input.category() != FactorCategory.ELECTRICITY || !ActivityUnits.compatible(unit, "kWh")) {
            return;
        }
        BigDecimal perUnit = input.co2ePerUnit() != null ? input.co2ePerUnit() : gases.getOrDefault("co2", BigDecimal.ZERO);
        BigDecimal perKwh = perUnit.divide(ActivityUnits.convert(BigDecimal.ONE, unit, "kWh"), java.math.MathContext.DECIMAL64);
        if (perKwh.compareTo(MAX_ELECTRICITY_PER_KWH) > 0) {
            String field = input.co2ePerUnit() != null ? "co2ePerUnit" : "gases.co2";
            violations.add(new Violation(prefix + field, "implausible: " + perKwh.stripTrailingZeros().toPlainString()
                    + " kg per kWh exceeds " + MAX_ELECTRICITY_PER_KWH + " (coal power emits about 1.2)"));
        }
    }
}
