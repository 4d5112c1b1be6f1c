package org.copperpcf.certification.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One supplier's intensity by year for one product and declared unit, and the reduction against the base year.
 * A supplier without usable footprints has no product, no years and a {@code note} saying why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupplierReduction(UUID supplierId, String product, String declaredUnit,
                                BigDecimal baseYearKgCo2e, List<YearIntensity> years, String note) {

    /**
     * The mean of the footprints whose reporting period starts in {@code year} (kg CO2e per declared unit), how
     * many there were, and the reduction against the base year in percent ({@code (base - year) / base * 100},
     * positive = lower than in the base year); null with a note when there is no base-year figure.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record YearIntensity(int year, BigDecimal kgCo2ePerDeclaredUnit, int footprints,
                                BigDecimal reductionPercent, String note, List<Source> sources) {
    }

    /** A footprint version a yearly figure was made from. */
    public record Source(UUID footprintId, int version, UUID versionId, BigDecimal kgCo2e,
                         String resultHash) {
    }
}
