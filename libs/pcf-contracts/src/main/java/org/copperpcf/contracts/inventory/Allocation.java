package org.copperpcf.contracts.inventory;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How a process's burden is shared with a co-product (ISO 14044 §4.3.4).
 *
 * @param method        {@code subdivision}, {@code substitution}, {@code physical} or {@code economic}
 * @param parameters    method parameters: substitution takes {@code substitutedFactorKey} and
 *                      {@code substitutionRatio}; physical and economic take {@code share.<product>} for each product
 *                      sharing the burden (summing to 1), or {@code price.<product>} (economic) /
 *                      {@code property.<product>} (physical) from which the shares follow
 * @param justification why this method fits (required)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Allocation(String method, Map<String, String> parameters, String justification) {
}
