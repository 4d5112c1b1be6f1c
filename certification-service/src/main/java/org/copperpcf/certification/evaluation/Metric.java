package org.copperpcf.certification.evaluation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a criterion can look at in a published footprint version: the field of {@code FootprintPublished} it reads
 * (named in each result's evidence) and the unit of its values and thresholds.
 */
public enum Metric {
    /** The total per declared unit, converted to per kg. */
    KG_CO2E_PER_KG("kgCo2ePerKg", "kg CO2e/kg", "kgCo2e (per declaredUnit, converted to 1 kg)"),
    RECYCLED_CONTENT_SHARE("recycledContentShare", "%", "metrics.recycledContentShare"),
    RENEWABLE_ELECTRICITY_SHARE("renewableElectricityShare", "%", "metrics.renewableElectricityShare"),
    /** Comprehensive smelting and refining energy per tonne of cathode. */
    SMELTING_ENERGY_INTENSITY("smeltingEnergyIntensity", "kgce/t", "metrics.energyIntensity.smeltingKgcePerTonne"),
    PRIMARY_DATA_SHARE("primaryDataShare", "%", "metrics.primaryDataShare"),
    /** Emission-weighted overall data-quality rating, 1 (best) to 5. */
    DATA_QUALITY_OVERALL("dataQualityOverall", "DQR (1 best - 5)", "metrics.dataQuality.overall");

    private final String key;
    private final String unit;
    private final String field;

    Metric(String key, String unit, String field) {
        this.key = key;
        this.unit = unit;
        this.field = field;
    }

    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    /** Where the value is read in the footprint event. */
    public String field() {
        return field;
    }

    public static Optional<Metric> byKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }

    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(Metric::key).toList());
    }

    /** Shares are percentages; nothing else has a natural upper bound we check here. */
    boolean validThreshold(BigDecimal threshold) {
        if (threshold.signum() < 0) {
            return false;
        }
        return switch (this) {
            case RECYCLED_CONTENT_SHARE, RENEWABLE_ELECTRICITY_SHARE, PRIMARY_DATA_SHARE ->
                    threshold.compareTo(BigDecimal.valueOf(100)) <= 0;
            case DATA_QUALITY_OVERALL -> threshold.compareTo(BigDecimal.ONE) >= 0
                    && threshold.compareTo(BigDecimal.valueOf(5)) <= 0;
            default -> true;
        };
    }
}
