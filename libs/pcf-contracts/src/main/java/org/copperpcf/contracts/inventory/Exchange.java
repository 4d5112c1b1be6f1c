package org.copperpcf.contracts.inventory;

import java.math.BigDecimal;

import org.copperpcf.contracts.factor.FactorSource;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One flow of a process per its reference product. Which fields apply depends on {@code type}:
 * <ul>
 * <li>{@code product_input}: {@code product} made by another process (concentrate, cathode, scrap of a kind);</li>
 * <li>{@code factor_input}: energy, material or transport characterised by the factor {@code factorKey};</li>
 * <li>{@code direct_emission}: a gas ({@code gas}) emitted on site and covered by no factor;</li>
 * <li>{@code co_product}: another product of the process, with its {@code allocation};</li>
 * <li>{@code internal_scrap}: scrap returned within the process, informational and never recycled content.</li>
 * </ul>
 *
 * @param type           one of the types above
 * @param product        product key (product inputs, co-products, internal scrap)
 * @param factorKey      factor key (factor inputs)
 * @param gas            gas code, e.g. {@code co2} (direct emissions)
 * @param amount         per reference product, never negative
 * @param unit           activity unit; for factor inputs one convertible to the factor's unit
 * @param copperContent  copper mass fraction (0–1) of a copper-bearing product input or co-product
 * @param allocation     how the burden is shared with a co-product
 * @param loopReason     why a product input may close a supply loop (cycle); without it a cycle is refused
 * @param dataType       {@code primary}, {@code secondary} or {@code proxy}
 * @param pedigree       data-quality scores 1 (best) to 5
 * @param uncertaintyGsd basic uncertainty as a geometric standard deviation (at least 1)
 * @param status         how the value was obtained: {@code measured}, {@code verified}, {@code recalled},
 *                       {@code derived} or {@code estimated}
 * @param source         where the value comes from
 * @param note           the arithmetic or assumption behind the value
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Exchange(String type, String product, String factorKey, String gas, BigDecimal amount, String unit,
                       BigDecimal copperContent, Allocation allocation, String loopReason, String dataType,
                       Pedigree pedigree, BigDecimal uncertaintyGsd, String status, FactorSource source,
                       String note) {

    public static final String PRODUCT_INPUT = "product_input";
    public static final String FACTOR_INPUT = "factor_input";
    public static final String DIRECT_EMISSION = "direct_emission";
    public static final String CO_PRODUCT = "co_product";
    public static final String INTERNAL_SCRAP = "internal_scrap";

    /** The same exchange with another amount. */
    public Exchange withAmount(BigDecimal newAmount) {
        return new Exchange(type, product, factorKey, gas, newAmount, unit, copperContent, allocation, loopReason,
                dataType, pedigree, uncertaintyGsd, status, source, note);
    }
}
