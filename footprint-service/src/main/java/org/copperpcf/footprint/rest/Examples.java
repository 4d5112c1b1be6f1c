package org.copperpcf.footprint.rest;

/**
 * OpenAPI examples of footprint-service's bodies, taken from real responses of the seeded test stack (a tube whose
 * cathode comes 60 % from a Jiangxi smelter's accepted data and 40 % from the industry average; numbers shortened
 * where lists are long).
 */
final class Examples {
    static final String REQUEST = """
            {"template":"tube.cast-and-roll.cn","factorRelease":"CN-2025.1","parameters":{"purchasedScrapShare":"0.2"},\
            "supplyMix":[{"product":"copper.cathode","sources":[{"supplierId":"6a1d2c3b-4e5f-4a7b-8c9d-0e1f2a3b4c5d",\
            "share":"0.6"},{"industryAverage":true,"share":"0.4"}]}]}""";
    static final String VIEW = """
            {"footprintId":"044e1da6-4890-4960-9968-574ef2696350","versionId":"324d574f-173a-41d0-82de-9d3d9e8caeb2",\
            "version":1,"status":"current","product":"copper.tube","declaredUnit":"1 kg","geography":"CN",\
            "specification":{"template":"tube.cast-and-roll.cn","parameters":{"purchasedScrapShare":"0.2"},\
            "supplyMix":[{"product":"copper.cathode","sources":[{"supplierId":"6a1d2c3b-4e5f-4a7b-8c9d-0e1f2a3b4c5d",\
            "industryAverage":false,"share":"0.6","supplyMix":[]},{"industryAverage":true,"share":"0.4",\
            "supplyMix":[]}]}],"electricityMethod":"location_based","factorRelease":"CN-2025.1","gwpSet":"AR6"},\
            "kgCo2e":"4.220622932","breakdown":{"byStage":{"extrusion_planetary_rolling":"0.7769477",\
            "mining":"2.688370516","scrap_melting_refining":"0.05761565766","scrap_preparation":"0.006758039582",\
            "smelting":"0.6909310188"},"byGas":{"co2":"1.080542984","co2e":"3.140079947"},\
            "byProcess":{"cathode.pyro-flash.smelting-refining.cn@6a1d2c3b-4e5f-4a7b-8c9d-0e1f2a3b4c5d":"0.4961952398",\
            "concentrate.mining-beneficiation.cn":"2.688370516","tube.cast-and-roll.cn":"0.7769477"},\
            "byInput":{"(direct)":"0.01680271621","credit:sulphuric-acid":"-0.270081575",\
            "electricity.footprint.cn.2024":"2.474375082","electricity.grid.cn-jx.2023":"0.4644978601",\
            "fuel.diesel.combustion.cn":"0.4381814734"}},"metrics":{"fossil":"4.220622932","biogenic":"0",\
            "primaryDataShare":"14.46","recycledContentShare":"30.75","renewableElectricityShare":"0",\
            "dataQuality":{"technological":"2.45","geographical":"2.11","temporal":"2.39","reliability":"3.33",\
            "completeness":"2.97","overall":"2.32"},\
            "uncertainty":{"method":"first-order propagation of lognormal exchange uncertainties (pedigree matrix and b\
            asic uncertainty, activity and factor combined)","gsd":"1.192071453","low95":"2.99107166",\
            "high95":"5.955610548"}},"methodology":{"standards":["ISO 14067:2018","GB/T 24067-2024",\
            "PACT Methodology v3"],"boundary":"cradle-to-gate",\
            "cutOff":"recycled content (cut-off): scrap enters burden-free; its collection and preparation count; inter\
            nal scrap is neither recycled content nor credited",\
            "allocation":["cathode.pyro-flash.smelting-refining.cn: anode-slime by economic",\
            "cathode.pyro-flash.smelting-refining.cn: slag.smelter by economic",\
            "cathode.pyro-flash.smelting-refining.cn: sulphuric-acid by substitution"],\
            "electricityMethod":"location-based: grid-average factors (a supplier's provincial grid where known)",\
            "gwpSet":"AR6","characterisation":"IPCC AR6 GWP100 from factor release CN-2025.1","notes":[]},\
            "lineage":{"template":{"key":"tube.cast-and-roll.cn","version":1,\
            "contentHash":"sha256:84d5056bc0e0cd78d4844e778198ee32212001622e8e9030c9900868e398fcb4",\
            "id":"16281332-7143-319a-9b2a-58d9edf45138"},"processes":[{"key":"tube.cast-and-roll.cn","version":1,\
            "contentHash":"sha256:7f829634c805484aaa2c56a0e28cca0c12b81b79bba960851a798483e3fc7040",\
            "id":"e94e9579-33dc-3bf4-bf4b-6f84c582ff6d"},{"key":"cathode.pyro-flash.smelting-refining.cn","version":1,\
            "contentHash":"sha256:3ef40257305b1d9484cd12d2c0acf2e5bef9b09b2ab138e4e2ec9b78efd25cd3",\
            "id":"df83987f-729e-3e40-a844-76ab447e1281"}],"factorRelease":{"key":"CN-2025.1","version":1,\
            "id":"5d6e7f80-91a2-4b3c-8d4e-5f6071829304"},"gwpSet":"AR6",\
            "parameters":{"cathodeRoute":"primary_pyro_flash","secondaryCathodeShare":"0.33",\
            "purchasedScrapShare":"0.2","electricityProvince":"CN"},"supplierData":[{"role":"supply",\
            "supplierId":"6a1d2c3b-4e5f-4a7b-8c9d-0e1f2a3b4c5d","product":"copper.cathode","kind":"disclosure",\
            "id":"0f6c1e2a-8b7d-4c3e-9f10-1a2b3c4d5e6f","version":1,\
            "contentHash":"sha256:e73acca130da93a5dd3defbbfe26d40c0aa8b8f1fd2c80b511a9eb473bb58ca4",\
            "node":"cathode.pyro-flash.smelting-refining.cn@6a1d2c3b-4e5f-4a7b-8c9d-0e1f2a3b4c5d","share":"0.6"}],\
            "factors":["electricity.footprint.cn.2024","electricity.grid.cn-jx.2023","fuel.diesel.combustion.cn",\
            "fuel.diesel.upstream.cn"],"electricityMethod":"location_based"},\
            "inputsHash":"67c4c1dfdb98a6540030fce19e339a366aa01e181c710b526e1be5187a8e5aea",\
            "resultHash":"sha256:c45f09a19bbcdae3e120d6ddf3d13d9b354f33861df5a253dc61ac70ae8acd30",\
            "calculatedAt":"2026-11-22T02:48:50.069333Z","reason":"created by test-admin"}""";
    static final String BAD_FILTER = """
            {"type":"urn:copperpcf:problem:validation-failed","code":"VALIDATION_FAILED","status":400,\
            "title":"Request is not valid","detail":"2 fields are invalid",\
            "instance":"urn:uuid:7765cec7-5563-4029-a7b1-dc9c86388688","violations":[{"field":"validOn",\
            "message":"not a date (YYYY-MM-DD): '2025-13-01'"},{"field":"status","message":"allowed: current,\
             deprecated, all"}]}""";
    static final String CSV_EXAMPLE =
            "footprint_id,version,status,product,template,producer_supplier_id,geography,period_start,"
            + "period_end,declared_unit,kg_co2e,fossil_kg_co2e,biogenic_kg_co2e,primary_data_share_pct,"
            + "recycled_content_pct,renewable_electricity_pct,dqr_overall,uncertainty_low95_kg_co2e,"
            + "uncertainty_high95_kg_co2e,gwp_set,factor_release,electricity_method,result_hash,calculated_at,"
            + "stage_share_pct.electrowinning,stage_share_pct.extrusion_planetary_rolling,"
            + "stage_share_pct.mining,stage_share_pct.scrap_melting_refining,"
            + "stage_share_pct.scrap_preparation,"
            + "stage_share_pct.smelting\r\nef0c1cd5-0626-4072-82da-bbce54ca5f03,1,current,copper.cathode,"
            + "cathode.pyro-flash.cn,6a1d2c3b-4e5f-4a7b-8c9d-0e1f2a3b4c5d,CN-JX,2025-01-01,2026-01-01,1 kg,"
            + "4.107498918,4.107498918,0,23.95,0,0,2.2,2.709917607,6.22585252,AR6,CN-2025.1,location_based,"
            + "sha256:da4942106c59d4a20fc9ce45a4585c3db7d96e13d102424e29d9fc534f5ba569,"
            + "2026-11-22T02:48:50.387004Z,,,79.9665,,,20.0335\r\n";
    static final String COMPARISON = """
            {"a":{"footprintId":"ef0c1cd5-0626-4072-82da-bbce54ca5f03","version":1,"status":"current",\
            "product":"copper.cathode","declaredUnit":"1 kg","geography":"CN-JX","kgCo2e":"4.107498918","gwpSet":"AR6",\
            "factorRelease":"CN-2025.1","electricityMethod":"location_based","boundary":"cradle-to-gate",\
            "standards":["ISO 14067:2018","GB/T 24067-2024","PACT Methodology v3"],\
            "resultHash":"sha256:da4942106c59d4a20fc9ce45a4585c3db7d96e13d102424e29d9fc534f5ba569"},\
            "b":{"footprintId":"bf321f86-667d-4fd1-88df-19cd25fedf46","version":1,"status":"current",\
            "product":"copper.cathode","declaredUnit":"1 kg","geography":"CN-JX","kgCo2e":"4.141817115","gwpSet":"AR6",\
            "factorRelease":"CN-2025.1","electricityMethod":"market_based","boundary":"cradle-to-gate",\
            "standards":["ISO 14067:2018","GB/T 24067-2024","PACT Methodology v3"],\
            "resultHash":"sha256:fd14a2cf2a5ef290598a257f5793135e26f3a055f1dcf8db28271b3f94fcd60f"},\
            "difference":"0.034318197","ratio":"1.008355011","comparable":false,\
            "findings":[{"code":"ELECTRICITY_METHOD_DIFFERS",\
            "message":"Electricity is accounted differently (location_based and market_based); market-based and locatio\
            n-based results are not comparable (GHG Protocol Scope 2 guidance)."}],\
            "byStage":{"mining":{"a":"3.28462124","b":"3.28462124","difference":"0"},"smelting":{"a":"0.8228776779",\
            "b":"0.8571958755","difference":"0.0343181976"}},"byGas":{"co2":{"a":"1.418512731","b":"1.452830929",\
            "difference":"0.034318198"},"co2e":{"a":"2.688986187","b":"2.688986187","difference":"0"}},\
            "byProcess":{"cathode.pyro-flash.smelting-refining.cn@6a1d2c3b-4e5f-4a7b-8c9d-0e1f2a3b4c5d":{"a":"0.8228776\
            779","b":"0.8571958755","difference":"0.0343181976"},\
            "concentrate.mining-beneficiation.cn":{"a":"3.28462124","b":"3.28462124","difference":"0"}},\
            "byInput":{"(direct)":{"a":"0.02052937206","b":"0.02052937206","difference":"0"},\
            "credit:sulphuric-acid":{"a":"-0.329982669","b":"-0.329982669","difference":"0"},\
            "electricity.footprint.cn.2024":{"a":"1.96091313","b":"1.96091313","difference":"0"}},\
            "metrics":{"fossil":{"a":"4.107498918","b":"4.141817115","difference":"0.034318197"},"biogenic":{"a":"0",\
            "b":"0","difference":"0"},"primaryDataShare":{"a":"23.95","b":"24.49","difference":"0.54"},\
            "recycledContentShare":{"a":"0","b":"0","difference":"0"},"renewableElectricityShare":{"a":"0","b":"0",\
            "difference":"0"},"dataQualityOverall":{"a":"2.2","b":"2.19","difference":"-0.01"},\
            "uncertaintyLow95":{"a":"2.709917607","b":"2.741991706","difference":"0.032074099"},\
            "uncertaintyHigh95":{"a":"6.22585252","b":"6.256273123","difference":"0.030420603"}}}""";
    static final String EXPLANATION = """
            {"footprintId":"044e1da6-4890-4960-9968-574ef2696350","version":1,"product":"copper.tube",\
            "declaredUnit":"1 kg","kgCo2e":"4.220622932","reproducedKgCo2e":"4.220622932","reproduced":true,\
            "resultHash":"sha256:c45f09a19bbcdae3e120d6ddf3d13d9b354f33861df5a253dc61ac70ae8acd30",\
            "reproducedResultHash":"sha256:c45f09a19bbcdae3e120d6ddf3d13d9b354f33861df5a253dc61ac70ae8acd30",\
            "minShare":"0.05","complete":true,"tree":[{"process":"tube.cast-and-roll.cn","product":"copper.tube",\
            "stage":"extrusion_planetary_rolling","amount":"0.001","unit":"t","directKgCo2e":"0.7769477",\
            "totalKgCo2e":"4.220622932","share":"1",\
            "children":[{"process":"cathode.pyro-flash.smelting-refining.cn@6a1d2c3b-4e5f-4a7b-8c9d-0e1f2a3b4c5d",\
            "product":"copper.cathode","stage":"smelting","amount":"0.000603","unit":"t","directKgCo2e":"0.4961952398",\
            "totalKgCo2e":"2.476821847","share":"0.586838",\
            "children":[{"process":"concentrate.mining-beneficiation.cn","product":"copper.concentrate",\
            "stage":"mining","amount":"0.002344547605","unit":"t","directKgCo2e":"1.980626608",\
            "totalKgCo2e":"1.980626608","share":"0.469274","children":[]}]},\
            {"process":"cathode.pyro-flash.smelting-refining.cn","product":"copper.cathode","stage":"smelting",\
            "amount":"0.000215472","unit":"t","directKgCo2e":"0.1947357791","totalKgCo2e":"0.9024796869",\
            "share":"0.213826","children":[{"process":"concentrate.mining-beneficiation.cn",\
            "product":"copper.concentrate","stage":"mining","amount":"0.0008377850108","unit":"t",\
            "directKgCo2e":"0.7077439078","totalKgCo2e":"0.7077439078","share":"0.167687","children":[]}]},\
            {"process":"other","directKgCo2e":"0.06437369724","totalKgCo2e":"0.06437369724","share":"0.0152522",\
            "children":[]}]}]}""";

    static final String SIGNATURE = """
            {"kid":"q5mVg0Q0bS1XwJvA7x0gkEw1aAqJmYvQhDZt3r0Xk8E",\
            "jws":"eyJhbGciOiJFZERTQSIsImtpZCI6InE1bVZnMFEwYlMxWHdKdkE3eDBna0V3MWFBcUptWXZRaERadDNyMFhrOEUiLCJ0eXAiOiJwY2\
            YtdmVyc2lvbitqd3MifQ.eyJjYWxjdWxhdGVkQXQiOiIyMDI2LTAzLTA1VDEwOjE1OjMwWiIsIi4uLiI6Ii4uLiJ9.hgyY0il_MGCjP0Jz\
            lnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg",\
            "payload":{"calculatedAt":"2026-03-05T10:15:30Z","declaredUnit":"1 kg",\
            "footprintId":"044e1da6-4890-4960-9968-574ef2696350","inputsHash":\
            "sha256:5c1b6a0e3f0b9f2d8e7a6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a4938271","issuer":"footprint-service",\
            "kgCo2e":"4.220622932","lineageHash":"sha256:9f2e1d0c3b4a59687766554433221100ffeeddccbbaa99887766554433221100",\
            "product":"copper.tube","resultHash":"sha256:c45f09a19bbcdae3e120d6ddf3d13d9b354f33861df5a253dc61ac70ae8acd30",\
            "version":1,"versionId":"324d574f-173a-41d0-82de-9d3d9e8caeb2"},"versions":200}""";
    static final String VERIFY_REQUEST = """
            {"jws":"eyJhbGciOiJFZERTQSIsImtpZCI6InE1bVZnMFEwYlMxWHdKdkE3eDBna0V3MWFBcUptWXZRaERadDNyMFhrOEUiLCJ0eXAiOiJwY2\
            YtdmVyc2lvbitqd3MifQ.eyJjYWxjdWxhdGVkQXQiOiIyMDI2LTAzLTA1VDEwOjE1OjMwWiIsIi4uLiI6Ii4uLiJ9.hgyY0il_MGCjP0Jz\
            lnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg"}""";
    static final String VERIFIED = """
            {"valid":true,"kid":"kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k","keyStatus":"retired",\
            "payload":{"issuer":"footprint-service","versions":[{"versionId":"324d574f-173a-41d0-82de-9d3d9e8caeb2",\
            "version":1,"resultHash":"sha256:c45f09a19bbcdae3e120d6ddf3d13d9b354f33861df5a253dc61ac70ae8acd30"}]},\
            "storedVersionMatches":true}""";
    static final String NOT_VERIFIED = """
            {"valid":false,"kid":"kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k","keyStatus":"active",\
            "payload":{"issuer":"footprint-service","versions":[{"versionId":"324d574f-173a-41d0-82de-9d3d9e8caeb2",\
            "version":1,"resultHash":"sha256:0000000000000000000000000000000000000000000000000000000000000000"}]},\
            "storedVersionMatches":false,"reason":"bad signature"}""";
    static final String BAD_JWS = """
            {"type":"urn:copperpcf:problem:validation-failed","code":"VALIDATION_FAILED","status":400,\
            "title":"Request is not valid","detail":"1 field is invalid","instance":"urn:uuid:6f1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",\
            "violations":[{"field":"jws","message":"malformed: a compact JWS has three dot-separated parts, this has 1"}]}""";
    static final String BUNDLE = """
            footprint-044e1da6-4890-4960-9968-574ef2696350-v1.zip
              footprint.json  lineage.json  factors.json  inventories.json  disclosures.json  methodology.json
              missing-evidence.json  evidence/<sha256>-<fileName> ...
              manifest.sha256  manifest.jws  signature.jws  jwks.json""";
    static final String REPRODUCTION = """
            {"footprintId":"044e1da6-4890-4960-9968-574ef2696350","versionId":"324d574f-173a-41d0-82de-9d3d9e8caeb2",\
            "version":1,\
            "storedResultHash":"sha256:c45f09a19bbcdae3e120d6ddf3d13d9b354f33861df5a253dc61ac70ae8acd30",\
            "reproducedResultHash":"sha256:c45f09a19bbcdae3e120d6ddf3d13d9b354f33861df5a253dc61ac70ae8acd30",\
            "identical":true,\
            "storedInputsHash":"sha256:5b1f0d6c2a7e4f3b9d8c1a0e6f2b7d4c3a9e8f1b0c7d6e5a4b3c2d1e0f9a8b7c",\
            "reproducedInputsHash":"sha256:5b1f0d6c2a7e4f3b9d8c1a0e6f2b7d4c3a9e8f1b0c7d6e5a4b3c2d1e0f9a8b7c",\
            "kgCo2e":"4.220622932","reproducedKgCo2e":"4.220622932","reproducedAt":"2026-03-05T10:15:30Z",\
            "lineage":{"template":{"key":"tube.cast-and-roll.cn","version":1,"contentHash":"sha256:…"},\
            "processes":[{"key":"tube.cast-and-roll.cn","version":1,"contentHash":"sha256:…"}],\
            "factorRelease":{"key":"CN-2025.1","version":1,"id":"9b2e7c1a-5d3f-4e8a-b6c7-1d2e3f4a5b6c"},\
            "gwpSet":"AR6","factors":["electricity.grid.cn-jx.2023","fuel.diesel.combustion.cn"]}}""";
    static final String INPUTS = """
            {"footprintId":"044e1da6-4890-4960-9968-574ef2696350","versionId":"324d574f-173a-41d0-82de-9d3d9e8caeb2",\
            "version":1,"calculatedAt":"2026-03-05T10:15:30Z","at":"2026-03-06T00:00:00Z",\
            "resultHash":"sha256:c45f09a19bbcdae3e120d6ddf3d13d9b354f33861df5a253dc61ac70ae8acd30",\
            "template":{"key":"tube.cast-and-roll.cn","version":1,"contentHash":"sha256:…"},\
            "processes":[{"key":"cathode.pyro-flash.smelting-refining.cn","version":2,"contentHash":"sha256:…"}],\
            "factorRelease":{"name":"CN-2025.1","id":"9b2e7c1a-5d3f-4e8a-b6c7-1d2e3f4a5b6c","version":1,\
            "publishedAt":"2026-03-01T08:00:00Z","factors":[{"key":"electricity.grid.cn-jx.2023","value":"0.4925",\
            "unit":"kgCO2e/kWh","source":{"publisher":"MEE","document":"2023 provincial grid factors"}}]},\
            "gwpSet":"AR6","supplierData":[{"role":"supply","supplierId":"6a1d2c3b-4e5f-4a7b-8c9d-0e1f2a3b4c5d",\
            "product":"copper.cathode","kind":"disclosure","id":"7c2e1f0a-9b8d-4c6e-a5f4-3b2a1c0d9e8f","version":1,\
            "contentHash":"sha256:…","status":"accepted"}]}""";

    private Examples() {
    }
}
