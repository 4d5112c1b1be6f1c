package org.copperpcf.contracts.factor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One emission factor as released. The first five fields are the original v1 shape; the rest were added later and
 * may be absent in older events.
 *
 * @param key            stable key, e.g. {@code electricity.grid.cn-jx.2023}
 * @param name           English name
 * @param unit           the activity unit the factor applies to, e.g. {@code kWh}
 * @param co2ePerUnit    kg CO2e per activity unit under IPCC AR6 (for per-gas factors computed from {@code gases})
 * @param source         where the number comes from
 * @param nameZh         Chinese name
 * @param category       electricity, fuel_combustion, fuel_upstream, heat, material, transport or process
 * @param gasBasis       co2_only, per_gas or co2e: how the publisher gives the value
 * @param gases          kg of each gas per activity unit (codes as in {@code gwpSets}); empty for co2e factors
 * @param geography      ISO 3166 code ({@code CN}, {@code CN-JX}); absent for global factors
 * @param gridRegion     a grid region such as {@code CN-EAST}
 * @param referenceYear  the data year
 * @param validFrom      start of a stated validity period
 * @param validTo        end of a stated validity period
 * @param boundary       combustion, life_cycle, supply_chain or process
 * @param method         location_average, excl_market_non_fossil, fossil_only, generation_type, …
 * @param status         verified, recalled, derived or estimated
 * @param dataQuality    pedigree scores, 1 (best) to 5
 * @param uncertaintyGsd basic uncertainty as a geometric standard deviation
 * @param licence        the licence the value is published under
 * @param redistributable whether the value may be passed on to buyers and certifiers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReleasedFactor(String key, String name, String unit, BigDecimal co2ePerUnit, FactorSource source,
                             String nameZh, String category, String gasBasis, Map<String, BigDecimal> gases,
                             String geography, String gridRegion, Integer referenceYear, LocalDate validFrom,
                             LocalDate validTo, String boundary, String method, String status,
                             DataQuality dataQuality, BigDecimal uncertaintyGsd, String licence,
                             Boolean redistributable) {

    /** The original v1 shape, for producers and tests that know only it. */
    public ReleasedFactor(String key, String name, String unit, BigDecimal co2ePerUnit, FactorSource source) {
        this(key, name, unit, co2ePerUnit, source, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** Pedigree-matrix scores, 1 (best) to 5. */
    public record DataQuality(Integer reliability, Integer completeness, Integer temporal, Integer geographical,
                              Integer technological) {
    }
}
