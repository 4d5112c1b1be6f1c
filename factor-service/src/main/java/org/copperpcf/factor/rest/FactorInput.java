package org.copperpcf.factor.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.copperpcf.factor.model.Boundary;
import org.copperpcf.factor.model.DataStatus;
import org.copperpcf.factor.model.FactorCategory;
import org.copperpcf.factor.model.FactorMethod;
import org.copperpcf.factor.model.GasBasis;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A factor as an admin writes it into a draft, over JSON or as one row of a CSV/XLSX import. Cross-field rules
 * (gas basis against the values given, known unit, validity period) are checked by {@code FactorRules}.
 */
public record FactorInput(
        @Schema(description = "Stable key: lower-case segments joined by '.' or '-'", examples = "electricity.grid.cn-jx.2023")
        @NotBlank @Pattern(regexp = KEY_PATTERN, message = "must be lower-case segments of letters and digits joined by '.' or '-'")
        @Size(max = 200) String key,
        @NotBlank @Size(max = 300) String nameEn,
        @Size(max = 300) String nameZh,
        @NotNull FactorCategory category,
        @Schema(description = "Activity unit: kWh, MWh, GJ, MJ, kgce, t, kg, Nm3, m3, t.km, …", examples = "kWh")
        @NotBlank String activityUnit,
        @Schema(description = "kg CO2e per activity unit; only with gasBasis co2e")
        @PositiveOrZero @DecimalMax(value = "10000000") @Digits(integer = 8, fraction = 12) BigDecimal co2ePerUnit,
        @Schema(description = "kg of each gas per activity unit (co2, ch4_fossil, ch4_non_fossil, n2o, sf6, cf4, c2f6, nf3); "
                + "with gasBasis co2_only or per_gas")
        Map<String, @NotNull @PositiveOrZero @DecimalMax(value = "10000000") @Digits(integer = 8, fraction = 12) BigDecimal> gases,
        @NotNull GasBasis gasBasis,
        @Schema(description = "ISO 3166-1 country or 3166-2 subdivision; absent for global factors", examples = "CN-JX")
        @Pattern(regexp = "[A-Z]{2}(-[A-Z0-9]{1,3})?", message = "must be an ISO 3166 code such as CN or CN-JX") String geography,
        @Pattern(regexp = "[A-Z]{2}-[A-Z]+", message = "must look like CN-EAST") String gridRegion,
        @Min(1990) @Max(2100) Integer referenceYear,
        LocalDate validFrom,
        LocalDate validTo,
        @NotNull Boundary boundary,
        @NotNull FactorMethod method,
        @NotNull @Valid Source source,
        @NotNull DataStatus status,
        @Valid DataQuality dataQuality,
        @Schema(description = "Basic uncertainty as a geometric standard deviation (≥ 1)", examples = "1.05")
        @DecimalMin("1") @DecimalMax("20") BigDecimal uncertaintyGsd,
        @NotBlank @Size(max = 200) String licence,
        @Schema(description = "Whether the value may be shown to buyers, suppliers and certifiers")
        @NotNull Boolean redistributable,
        @Size(max = 4000) String note) {

    public static final String KEY_PATTERN = "[a-z0-9]+([.-][a-z0-9]+)*";

    /** Where the value comes from. */
    public record Source(
            @NotBlank @Size(max = 300) String publisher,
            @Size(max = 500) String document,
            LocalDate publicationDate,
            @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") @Size(max = 1000) String url) {
    }

    /** Pedigree-matrix scores, 1 (best) to 5. */
    public record DataQuality(
            @Min(1) @Max(5) Integer reliability,
            @Min(1) @Max(5) Integer completeness,
            @Min(1) @Max(5) Integer temporal,
            @Min(1) @Max(5) Integer geographical,
            @Min(1) @Max(5) Integer technological) {
    }
}
