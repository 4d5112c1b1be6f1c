package org.copperpcf.contracts.factor;

import java.math.BigDecimal;

/**
 * One emission factor as released.
 *
 * @param key         stable key, e.g. {@code electricity.grid.cn-jx}
 * @param name        English name
 * @param unit        the activity unit the factor applies to, e.g. {@code kWh}
 * @param co2ePerUnit kg CO2e per activity unit
 * @param source      where the number comes from
 */
public record ReleasedFactor(String key, String name, String unit, BigDecimal co2ePerUnit, FactorSource source) {
}
