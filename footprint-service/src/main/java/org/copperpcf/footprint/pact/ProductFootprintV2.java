package org.copperpcf.footprint.pact;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A PACT v2.3 ProductFootprint as the host emits it (shared/pact/v2/openapi.yaml, 2.3.3): decimals are strings where
 * v2 types them as decimal strings, and JSON numbers where v2 still types them as numbers
 * ({@code exemptedEmissionsPercent}, {@code primaryDataShare}); absent optional fields are left out, never null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductFootprintV2(UUID id, String specVersion, List<UUID> precedingPfIds, int version, Instant created,
                                 Instant updated, String status, String statusComment, Instant validityPeriodStart,
                                 Instant validityPeriodEnd, String companyName, List<String> companyIds,
                                 String productDescription, List<String> productIds,
                                 List<String> productClassifications, String productCategoryCpc,
                                 String productNameCompany, String comment, CarbonFootprint pcf) {
    public static final String SPEC_VERSION = "2.3.3";

    /** Per declared unit; the geography is one of country or subdivision, never both. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CarbonFootprint(String declaredUnit, String unitaryProductAmount, String productMassPerDeclaredUnit,
                                  @JsonProperty("pCfExcludingBiogenic") String pCfExcludingBiogenic,
                                  @JsonProperty("pCfIncludingBiogenic") String pCfIncludingBiogenic,
                                  String fossilGhgEmissions, String fossilCarbonContent, String biogenicCarbonContent,
                                  String characterizationFactors, List<String> ipccCharacterizationFactorsSources,
                                  List<String> crossSectoralStandardsUsed, List<String> crossSectoralStandards,
                                  String boundaryProcessesDescription, Instant referencePeriodStart,
                                  Instant referencePeriodEnd, String geographyCountry,
                                  String geographyCountrySubdivision,
                                  List<ProductFootprint.EmissionFactorSource> secondaryEmissionFactorSources,
                                  @JsonFormat(shape = JsonFormat.Shape.NUMBER) BigDecimal exemptedEmissionsPercent,
                                  String exemptedEmissionsDescription, Boolean packagingEmissionsIncluded,
                                  String allocationRulesDescription, String uncertaintyAssessmentDescription,
                                  @JsonFormat(shape = JsonFormat.Shape.NUMBER) BigDecimal primaryDataShare) {
    }
}
