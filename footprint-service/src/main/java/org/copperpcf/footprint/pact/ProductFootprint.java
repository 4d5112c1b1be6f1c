package org.copperpcf.footprint.pact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A PACT v3 ProductFootprint as the host emits it (shared/pact/v3/openapi.yaml): decimals are strings, absent
 * optional fields are left out, never null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductFootprint(UUID id, String specVersion, List<UUID> precedingPfIds, Instant created,
                               String status, Instant validityPeriodStart, Instant validityPeriodEnd,
                               String companyName, List<String> companyIds, String productDescription,
                               List<String> productIds, List<String> productClassifications,
                               String productNameCompany, String comment, CarbonFootprint pcf) {
    public static final String SPEC_VERSION = "3.0.3";
    public static final String ACTIVE = "Active";
    public static final String DEPRECATED = "Deprecated";

    /** Per declared unit; the geography is one of country or subdivision, never both. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CarbonFootprint(String declaredUnitOfMeasurement, String declaredUnitAmount,
                                  String productMassPerDeclaredUnit, Instant referencePeriodStart,
                                  Instant referencePeriodEnd, String geographyCountry,
                                  String geographyCountrySubdivision, String boundaryProcessesDescription,
                                  String pcfExcludingBiogenicUptake, String pcfIncludingBiogenicUptake,
                                  String fossilCarbonContent, String biogenicCarbonContent, String fossilGhgEmissions,
                                  String biogenicCO2Uptake, Boolean packagingEmissionsIncluded,
                                  Boolean ccsTechnologicalCO2CaptureIncluded, List<String> ipccCharacterizationFactors,
                                  List<String> crossSectoralStandards, String exemptedEmissionsPercent,
                                  String exemptedEmissionsDescription, String allocationRulesDescription,
                                  List<EmissionFactorSource> secondaryEmissionFactorSources,
                                  String primaryDataShare, DataQualityIndicators dqi) {
    }

    public record EmissionFactorSource(String name, String version) {
    }

    public record DataQualityIndicators(String technologicalDQR, String geographicalDQR, String temporalDQR) {
    }
}
