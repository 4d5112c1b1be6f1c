package org.copperpcf.factor.rest;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A complete release to publish at once: the name clients will pin and every factor in it. */
public record PublishReleaseRequest(
        @Schema(description = "Release name clients pin, e.g. CN-2025.1", examples = "CN-2025.1")
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
                message = "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit")
        String name,
        @NotEmpty @Size(max = 100_000) List<@NotNull @Valid Factor> factors) {

    /** One factor of the release. */
    public record Factor(
            @Schema(description = "Stable key: lower-case segments joined by '.' or '-'",
                    examples = "electricity.grid.cn-jx")
            @NotBlank @Pattern(regexp = "[a-z0-9]+([.-][a-z0-9]+)*",
                    message = "must be lower-case segments of letters and digits joined by '.' or '-'")
            String key,
            @NotBlank @Size(max = 300) String name,
            @Schema(description = "Activity unit the factor applies to", examples = "kWh")
            @NotBlank @Size(max = 40) String unit,
            @Schema(description = "kg CO2e per activity unit", examples = "0.5366")
            @NotNull @PositiveOrZero @DecimalMax(value = "1000000", message = "must not exceed 1000000 kg CO2e per unit")
            @Digits(integer = 7, fraction = 12) BigDecimal co2ePerUnit,
            @NotNull @Valid Source source) {
    }

    /** Where the value comes from. */
    public record Source(
            @NotBlank @Size(max = 300) String publisher,
            @Size(max = 300) String document,
            @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") @Size(max = 1000) String url) {
    }
}
