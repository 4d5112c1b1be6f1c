package org.copperpcf.contracts.inventory;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The product a process makes and the amount its exchanges are given for.
 *
 * @param product       product key, e.g. {@code copper.cathode}
 * @param amount        e.g. 1
 * @param unit          e.g. {@code t}
 * @param copperContent copper mass fraction (0–1) of the product; required for {@code copper.*} products
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferenceProduct(String product, BigDecimal amount, String unit, BigDecimal copperContent) {
}
