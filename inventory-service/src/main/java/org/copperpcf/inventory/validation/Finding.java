package org.copperpcf.inventory.validation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One result of a validation rule.
 *
 * @param field   JSON path of the offending value, e.g. {@code exchanges[3].unit}
 * @param rule    the rule, e.g. {@code MASS_BALANCE}
 * @param message what is wrong, with the numbers
 * @param range   for plausibility warnings: the range and its source
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String field, String rule, String message, PlausibleRange range) {
}
