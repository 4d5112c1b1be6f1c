package org.copperpcf.factor.rest;

import java.math.BigDecimal;

import org.copperpcf.factor.model.Boundary;
import org.copperpcf.factor.model.FactorCategory;
import org.copperpcf.factor.model.FactorMethod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * An activity amount to turn into kg CO2e, with either an explicit factor key or a selector that picks the factor
 * by category, geography, year and method.
 */
public record EstimateRequest(
        @Schema(examples = "1000") @NotNull @PositiveOrZero @DecimalMax("1000000000000") BigDecimal amount,
        @Schema(examples = "kWh") @NotBlank String unit,
        @Schema(description = "An explicit factor; otherwise give selector") String factorKey,
        @Valid Selector selector,
        @Schema(description = "Release name or 'latest' (default)", examples = "latest") String release,
        @Schema(description = "AR6 (default), AR5 or AR4", examples = "AR6") String gwpSet) {

    /** How to pick a factor when no key is given. */
    public record Selector(
            @NotNull FactorCategory category,
            @Pattern(regexp = "[A-Z]{2}(-[A-Z0-9]{1,3})?", message = "must be an ISO 3166 code such as CN or CN-JX")
            String geography,
            @Schema(description = "A grid region instead of a geography, e.g. CN-SOUTHWEST")
            @Pattern(regexp = "[A-Z]{2}-[A-Z]+", message = "must look like CN-SOUTHWEST") String gridRegion,
            @Min(1990) @Max(2100) Integer year,
            @Schema(description = "Default for electricity: location_average") FactorMethod method,
            @Schema(description = "combustion or life_cycle, where both exist for the same place and year")
            Boundary boundary) {
    }
}
