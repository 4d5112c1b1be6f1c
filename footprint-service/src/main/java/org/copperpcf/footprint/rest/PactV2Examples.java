package org.copperpcf.footprint.rest;

/** OpenAPI examples of the PACT v2.3 endpoints: the v3 example footprint of {@link PactExamples} as v2.3 writes it. */
final class PactV2Examples {
    static final String FOOTPRINT = """
            {"id": "3c2b8a6e-5d4f-4e1a-9b7c-2f0e1d3c4b5a", "specVersion": "2.3.3",
             "precedingPfIds": ["9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"], "version": 1,
             "created": "2026-03-05T10:15:30Z", "status": "Active",
             "statusComment": "Recalculation of 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d: disclosure corrected",
             "validityPeriodStart": "2026-01-01T00:00:00Z", "validityPeriodEnd": "2029-01-01T00:00:00Z",
             "companyName": "Jiangxi Demo Copper Smelting Co., Ltd.",
             "companyIds": ["urn:pact:copperpcf.org:company-id:91360681MA3DEM0018",
                            "urn:pact:copperpcf.org:supplier-id:5e1f0c2a-0001-4c3e-9a10-000000000001"],
             "productDescription": "Copper cathode, cradle-to-gate per kg, produced by Jiangxi Demo Copper Smelting \
            Co., Ltd. in CN-JX (route cathode.pyro-flash.cn, location-based: grid-average factors)",
             "productIds": ["urn:pact:copperpcf.org:product-id:cathode.pyro-flash.cn"],
             "productClassifications": ["urn:pact:copperpcf.org:hs2022:740311"], "productCategoryCpc": "414",
             "productNameCompany": "Copper cathode (cathode.pyro-flash.cn)",
             "comment": "Calculated by copper-pcf following ISO 14067:2018, GB/T 24067-2024, PACT Methodology v3; \
            IPCC AR6 GWP100 from factor release CN-2025.1.",
             "pcf": {"declaredUnit": "kilogram", "unitaryProductAmount": "1", "productMassPerDeclaredUnit": "1",
                     "pCfExcludingBiogenic": "3.851204", "pCfIncludingBiogenic": "3.851204",
                     "fossilGhgEmissions": "3.851204", "fossilCarbonContent": "0", "biogenicCarbonContent": "0",
                     "characterizationFactors": "AR6", "ipccCharacterizationFactorsSources": ["AR6"],
                     "crossSectoralStandardsUsed": ["ISO Standard 14067"],
                     "crossSectoralStandards": ["ISO14067", "PACT-3.0"],
                     "boundaryProcessesDescription": "Cradle-to-gate, stages: mining, smelting. \
            Packaging and transport beyond the factory gate are outside the boundary.",
                     "referencePeriodStart": "2025-01-01T00:00:00Z", "referencePeriodEnd": "2026-01-01T00:00:00Z",
                     "geographyCountrySubdivision": "CN-JX",
                     "secondaryEmissionFactorSources": [{"name": "copper-pcf factor release CN-2025.1", "version": "1"}],
                     "exemptedEmissionsPercent": 0,
                     "exemptedEmissionsDescription": "Nothing is exempted: every process of the product system is \
            modelled.",
                     "packagingEmissionsIncluded": false,
                     "allocationRulesDescription": "cathode.pyro-flash.smelting-refining.cn: sulphuric-acid by \
            substitution; recycled content (cut-off): scrap enters burden-free",
                     "uncertaintyAssessmentDescription": "95 % interval 3.2 to 4.63 kg CO2e per declared unit, \
            geometric standard deviation 1.099; method: first-order propagation of lognormal exchange uncertainties \
            (pedigree matrix and basic uncertainty, activity and factor combined); drivers: emission-weighted pedigree \
            ratings, 1 (best) to 5: technological 2.1, geographical 1.8, temporal 1.5, reliability 2.2, \
            completeness 1.9.",
                     "primaryDataShare": 41.2}}""";
    /** v2.0–2.2's 404 code, which PACT's conformance suite expects on /2 (the 2.3.3 file names it NotFound). */
    static final String NO_SUCH_FOOTPRINT = """
            {"code": "NoSuchFootprint", "message": "no footprint with id 00000000-0000-0000-0000-000000000000"}""";
    static final String PLAIN_HTTP = """
            {"code": "AccessDenied", "message": "the PACT API is served over HTTPS only, on the HTTPS port"}""";
    static final String INTERNAL_ERROR = """
            {"code": "InternalError", "message": "An internal error occurred; it is logged as \
            urn:uuid:6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"}""";

    private PactV2Examples() {
    }
}
