package org.copperpcf.factor.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A factor as clients read it: the values as published ({@code gases} or the publisher's CO2e), the CO2e per unit
 * under {@code gwpSet}, and everything needed to judge and cite it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactorView(String release, String key, String nameEn, String nameZh, String category,
                         String activityUnit, String gasBasis, Map<String, BigDecimal> gases, BigDecimal co2ePerUnit,
                         String gwpSet, String geography, String gridRegion, Integer referenceYear,
                         LocalDate validFrom, LocalDate validTo, String boundary, String method,
                         FactorInput.Source source, String status, FactorInput.DataQuality dataQuality,
                         BigDecimal uncertaintyGsd, String licence, boolean redistributable, String note) {
}
