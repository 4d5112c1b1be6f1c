package org.copperpcf.contracts.footprint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a footprint computes: a template with its parameters; the producer (a supplier's facility, or nobody for an
 * industry average); the reporting period whose supplier data counts; which suppliers feed which inputs (multi-tier);
 * how electricity is accounted; the factor release (pinned, or {@code latest}) and the GWP set.
 *
 * @param template          the product-system template key
 * @param templateVersion   a pinned template version; null: the newest
 * @param parameters        template parameter values by name
 * @param producer          the supplier whose accepted data replaces the template's defaults for the product's own
 *                          process; null: industry average
 * @param reportingPeriod   the period supplier data must cover; null: each supplier's newest accepted data
 * @param supplyMix         purchased inputs: for a product, the sources and their shares (summing to 1)
 * @param electricityMethod {@code location_based} or {@code market_based}
 * @param factorRelease     a release name or {@code latest}
 * @param gwpSet            e.g. {@code AR6}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FootprintSpecification(String template, Integer templateVersion, Map<String, String> parameters,
                            Producer producer, Period reportingPeriod, List<SupplyMix> supplyMix,
                            String electricityMethod, String factorRelease, String gwpSet) {
    public static final String LOCATION_BASED = "location_based";
    public static final String MARKET_BASED = "market_based";
    public static final String LATEST = "latest";

    public FootprintSpecification {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        supplyMix = supplyMix == null ? List.of() : List.copyOf(supplyMix);
        electricityMethod = electricityMethod == null ? LOCATION_BASED : electricityMethod;
        factorRelease = factorRelease == null ? LATEST : factorRelease;
        gwpSet = gwpSet == null ? "AR6" : gwpSet;
    }

    /** An industry-average specification with location-based electricity. */
    public static FootprintSpecification industryAverage(String template, Map<String, String> parameters,
                                                String factorRelease, String gwpSet) {
        return new FootprintSpecification(template, null, parameters, null, null, null, null, factorRelease, gwpSet);
    }

    /** A supplier and, optionally, which of its facilities. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Producer(UUID supplierId, UUID facilityId) {
    }

    /** From {@code start} (inclusive) to {@code end} (exclusive). */
    public record Period(LocalDate start, LocalDate end) {
    }

    /**
     * Where a purchased input comes from.
     *
     * @param product the input product, e.g. {@code copper.cathode}
     * @param sources the sources with shares summing to 1
     */
    public record SupplyMix(String product, List<Source> sources) {
    }

    /**
     * One source of an input: a supplier (with its own supply mix one tier further up), or the template's industry
     * average.
     *
     * @param supplierId      the supplier; null with {@code industryAverage}
     * @param industryAverage true for the template's default providers
     * @param share           the share of the input, (0, 1]
     * @param supplyMix       the supplier's own purchased inputs (next tier)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(UUID supplierId, Boolean industryAverage, BigDecimal share, List<SupplyMix> supplyMix) {
        public Source {
            supplyMix = supplyMix == null ? List.of() : List.copyOf(supplyMix);
        }

        /** Whether this source is the template's industry average (named so that JSON has no such property). */
        public boolean meansIndustryAverage() {
            return Boolean.TRUE.equals(industryAverage);
        }
    }
}
