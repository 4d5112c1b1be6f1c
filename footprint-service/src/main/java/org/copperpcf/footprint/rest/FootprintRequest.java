package org.copperpcf.footprint.rest;

import java.util.List;
import java.util.Map;

import org.copperpcf.contracts.footprint.FootprintSpecification;
import org.copperpcf.kit.problem.ProblemException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A footprint specification (docs/api/footprints.md, "Specifications").
 *
 * @param template          the product-system template, e.g. {@code tube.cast-and-roll.cn}
 * @param templateVersion   a pinned template version; absent: the newest
 * @param parameters        template parameter values by name (route, mix, scrap share, province); absent ones default
 * @param producer          the supplier (and optionally facility) whose accepted data is the product's own process;
 *                          absent: industry average
 * @param reportingPeriod   the period supplier data must overlap; absent: each supplier's newest accepted data
 * @param supplyMix         purchased inputs split between suppliers and the industry average, shares summing to 1;
 *                          a supplier source may carry its own supplyMix (the next tier)
 * @param electricityMethod {@code location_based} (default) or {@code market_based}
 * @param factorRelease     a factor release name, or {@code latest} (default)
 * @param gwpSet            {@code AR6} (default), {@code AR5} or another set of the release
 */
public record FootprintRequest(@NotBlank String template, @Min(1) Integer templateVersion,
                               Map<String, String> parameters, @Valid FootprintSpecification.Producer producer,
                               @Valid FootprintSpecification.Period reportingPeriod,
                               List<FootprintSpecification.SupplyMix> supplyMix,
                               @Pattern(regexp = "^(location_based|market_based)$") String electricityMethod,
                               @Pattern(regexp = "^[A-Za-z0-9._-]{1,64}$") String factorRelease,
                               @Pattern(regexp = "^[A-Za-z0-9._-]{1,32}$") String gwpSet) {

    public FootprintSpecification specification() {
        if (reportingPeriod != null && (reportingPeriod.start() == null || reportingPeriod.end() == null
                || !reportingPeriod.start().isBefore(reportingPeriod.end()))) {
            throw ProblemException.invalid("reportingPeriod", "start and end are required "
                    + "and start must be before end (end exclusive)");
        }
        return new FootprintSpecification(template, templateVersion, parameters, producer, reportingPeriod, supplyMix,
                electricityMethod, factorRelease, gwpSet);
    }
}
