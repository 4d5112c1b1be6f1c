package org.copperpcf.inventory.validation;

import java.math.BigDecimal;

/**
 * A published range an amount per tonne of reference product is expected in.
 *
 * @param min    lower bound
 * @param max    upper bound
 * @param unit   unit of the bounds, per tonne of reference product
 * @param status how the range is known ({@code verified}, {@code recalled}, {@code derived})
 * @param source where the range comes from
 */
public record PlausibleRange(BigDecimal min, BigDecimal max, String unit, String status, String source) {
}
