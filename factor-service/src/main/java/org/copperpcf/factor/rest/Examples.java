package org.copperpcf.factor.rest;

/** Example bodies for the OpenAPI document. */
final class Examples {
    static final String FACTOR = """
            {"release": "CN-2025.1", "key": "electricity.grid.cn-jx.2023",
             "nameEn": "Jiangxi provincial electricity CO2 emission factor, 2023", "nameZh": "2023年江西省电力平均二氧化碳排放因子",
             "category": "electricity", "activityUnit": "kWh", "gasBasis": "co2_only", "gases": {"co2": "0.5836"},
             "co2ePerUnit": "0.5836", "gwpSet": "AR6", "geography": "CN-JX", "referenceYear": 2023,
             "boundary": "combustion", "method": "location_average",
             "source": {"publisher": "MEE/NBS", "document": "2023 electricity CO2 emission factors", "publicationDate": "2025-12-31"},
             "status": "verified", "dataQuality": {"reliability": 2, "completeness": 1, "temporal": 2, "geographical": 1, "technological": 2},
             "uncertaintyGsd": "1.05", "licence": "PRC government publication", "redistributable": true}""";
    static final String FACTOR_INPUT = """
            {"key": "electricity.grid.cn-jx.2023", "nameEn": "Jiangxi provincial electricity CO2 emission factor, 2023",
             "category": "electricity", "activityUnit": "kWh", "gasBasis": "co2_only", "gases": {"co2": "0.5836"},
             "geography": "CN-JX", "referenceYear": 2023, "boundary": "combustion", "method": "location_average",
             "source": {"publisher": "MEE/NBS", "document": "2023 electricity CO2 emission factors"},
             "status": "verified", "dataQuality": {"reliability": 2, "completeness": 1, "temporal": 2, "geographical": 1, "technological": 2},
             "uncertaintyGsd": "1.05", "licence": "PRC government publication", "redistributable": true}""";
    static final String RELEASE = """
            {"id": "9b2e7c1a-5d1e-4c53-8f0e-2a4b8c6d1e01", "name": "CN-2025.1", "status": "published",
             "description": "Chinese grid, fuel, freight and material factors", "createdAt": "2026-11-21T10:00:00Z",
             "publishedAt": "2026-11-21T10:00:02Z", "version": 1, "factorCount": 196}""";
    static final String NEW_RELEASE = """
            {"name": "CN-2025.2", "description": "2024 provincial factors added", "basedOn": "CN-2025.1"}""";
    static final String DIFF = """
            {"from": "CN-2025.1", "to": "CN-2025.2", "gwpSet": "AR6", "added": [], "removed": [],
             "changed": [{"key": "electricity.grid.cn-jx.2023", "fields": ["gases"],
                          "before": {"key": "electricity.grid.cn-jx.2023", "co2ePerUnit": "0.5836"},
                          "after": {"key": "electricity.grid.cn-jx.2023", "co2ePerUnit": "0.5900"}}]}""";
    static final String IMPORT_REPORT = """
            {"release": "CN-2025.2", "format": "csv", "rows": 196, "added": 3, "replaced": 193}""";
    static final String CSV = """
            key,name_en,name_zh,category,activity_unit,co2e_per_unit,co2,ch4_fossil,ch4_non_fossil,n2o,sf6,cf4,c2f6,nf3,gas_basis,geography,grid_region,reference_year,valid_from,valid_to,boundary,method,publisher,document,publication_date,url,status,dq_reliability,dq_completeness,dq_temporal,dq_geographical,dq_technological,uncertainty_gsd,licence,redistributable,note
            electricity.grid.cn-jx.2023,"Jiangxi grid, 2023",,electricity,kWh,,0.5836,,,,,,,,co2_only,CN-JX,,2023,,,combustion,location_average,MEE/NBS,2023 factors,2025-12-31,,verified,2,1,2,1,2,1.05,PRC government publication,true,
            """;
    static final String ESTIMATE_REQUEST = """
            {"amount": "1000", "unit": "kWh",
             "selector": {"category": "electricity", "geography": "CN-JX", "year": 2023}}""";
    static final String ESTIMATE = """
            {"co2eKg": "583.6", "gwpSet": "AR6", "co2eKgByGas": {"co2": "583.6"},
             "activity": {"amount": "1000", "unit": "kWh", "amountInFactorUnit": "1000", "factorUnit": "kWh"},
             "factor": {"key": "electricity.grid.cn-jx.2023", "co2ePerUnit": "0.5836",
                        "source": {"publisher": "MEE/NBS", "document": "2023 electricity CO2 emission factors"}},
             "release": "CN-2025.1",
             "selection": "selected by electricity, method location_average, geography CN-JX, year 2023 (exact)"}""";
    static final String GWP_SETS = """
            {"AR6": {"co2": "1", "ch4_fossil": "29.8", "ch4_non_fossil": "27.0", "n2o": "273"},
             "AR5": {"co2": "1", "ch4_fossil": "30", "ch4_non_fossil": "28", "n2o": "265"}}""";

    private Examples() {
    }
}
