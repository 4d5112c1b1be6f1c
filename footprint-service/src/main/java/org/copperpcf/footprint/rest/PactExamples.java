package org.copperpcf.footprint.rest;

/** OpenAPI examples of the PACT endpoints. */
final class PactExamples {
    static final String FOOTPRINT = """
            {"id": "3c2b8a6e-5d4f-4e1a-9b7c-2f0e1d3c4b5a", "specVersion": "3.0.3",
             "precedingPfIds": ["9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"], "created": "2026-03-05T10:15:30Z",
             "status": "Active", "validityPeriodStart": "2026-01-01T00:00:00Z",
             "validityPeriodEnd": "2029-01-01T00:00:00Z", "companyName": "Jiangxi Demo Copper Smelting Co., Ltd.",
             "companyIds": ["urn:pact:copperpcf.org:company-id:91360681MA3DEM0018",
                            "urn:pact:copperpcf.org:supplier-id:5e1f0c2a-0001-4c3e-9a10-000000000001"],
             "productDescription": "Copper cathode, cradle-to-gate per kg, produced by Jiangxi Demo Copper Smelting \
            Co., Ltd. in CN-JX (route cathode.pyro-flash.cn, location-based: grid-average factors)",
             "productIds": ["urn:pact:copperpcf.org:product-id:cathode.pyro-flash.cn"],
             "productClassifications": ["urn:pact:copperpcf.org:hs2022:740311"],
             "productNameCompany": "Copper cathode (cathode.pyro-flash.cn)",
             "comment": "Calculated by copper-pcf following ISO 14067:2018, GB/T 24067-2024, PACT Methodology v3; \
            IPCC AR6 GWP100 from factor release CN-2025.1.",
             "pcf": {"declaredUnitOfMeasurement": "kilogram", "declaredUnitAmount": "1",
                     "productMassPerDeclaredUnit": "1", "referencePeriodStart": "2025-01-01T00:00:00Z",
                     "referencePeriodEnd": "2026-01-01T00:00:00Z", "geographyCountrySubdivision": "CN-JX",
                     "boundaryProcessesDescription": "Cradle-to-gate, stages: mining, smelting. \
            Packaging and transport beyond the factory gate are outside the boundary.",
                     "pcfExcludingBiogenicUptake": "3.851204", "pcfIncludingBiogenicUptake": "3.851204",
                     "fossilCarbonContent": "0", "biogenicCarbonContent": "0", "fossilGhgEmissions": "3.851204",
                     "biogenicCO2Uptake": "0", "packagingEmissionsIncluded": false,
                     "ccsTechnologicalCO2CaptureIncluded": false, "ipccCharacterizationFactors": ["AR6"],
                     "crossSectoralStandards": ["ISO14067", "PACT-3.0"], "exemptedEmissionsPercent": "0",
                     "exemptedEmissionsDescription": "Nothing is exempted: every process of the product system is \
            modelled.",
                     "allocationRulesDescription": "cathode.pyro-flash.smelting-refining.cn: sulphuric-acid by \
            substitution; recycled content (cut-off): scrap enters burden-free",
                     "secondaryEmissionFactorSources": [{"name": "copper-pcf factor release CN-2025.1", "version": "1"}],
                     "primaryDataShare": "41.2",
                     "dqi": {"technologicalDQR": "2.1", "geographicalDQR": "1.8", "temporalDQR": "1.5"}}}""";
    static final String NOT_FOUND = """
            {"code": "NotFound", "message": "no footprint with id 00000000-0000-0000-0000-000000000000"}""";
    static final String EXPIRED = """
            {"code": "TokenExpired", "message": "The access token has expired"}""";

    private PactExamples() {
    }
}
