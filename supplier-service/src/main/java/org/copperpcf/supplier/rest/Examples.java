package org.copperpcf.supplier.rest;

/** Example bodies for the OpenAPI document. */
final class Examples {
    static final String SUPPLIER_REQUEST = """
            {"nameEn": "Jiangxi Example Copper Co., Ltd.", "nameZh": "江西示例铜业有限公司",
             "uscc": "91350100M000100Y43", "identifiers": ["urn:epc:id:sgln:6901234.00000.0"]}""";
    static final String SUPPLIER = """
            {"id": "3d1f0b7e-2c4a-4e5f-8a9b-0c1d2e3f4a5b", "nameEn": "Jiangxi Example Copper Co., Ltd.",
             "nameZh": "江西示例铜业有限公司", "uscc": "91350100M000100Y43",
             "identifiers": ["urn:epc:id:sgln:6901234.00000.0"],
             "companyIds": ["urn:pact:copperpcf.org:company-id:91350100M000100Y43", "urn:epc:id:sgln:6901234.00000.0"],
             "createdAt": "2026-03-01T08:00:00Z", "version": 0}""";
    static final String FACILITY_REQUEST = """
            {"name": "Guixi smelter", "provinceCode": "CN-JX", "gridRegion": "CN-CENTRAL",
             "routes": ["SMELTING", "CONVERTING", "FIRE_REFINING", "ELECTROREFINING"], "capacityTPerYear": "1000000"}""";
    static final String FACILITY = """
            {"id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "supplierId": "3d1f0b7e-2c4a-4e5f-8a9b-0c1d2e3f4a5b",
             "name": "Guixi smelter", "provinceCode": "CN-JX", "gridRegion": "CN-CENTRAL",
             "routes": ["SMELTING", "CONVERTING", "FIRE_REFINING", "ELECTROREFINING"], "capacityTPerYear": "1000000",
             "createdAt": "2026-03-01T08:01:00Z"}""";
    static final String API_CLIENT_REQUEST = """
            {"name": "ERP connector"}""";
    static final String API_CLIENT_ISSUED = """
            {"clientId": "sc-5f2a9c1e7b3d4a6f8e0c1b2a", "supplierId": "3d1f0b7e-2c4a-4e5f-8a9b-0c1d2e3f4a5b",
             "name": "ERP connector", "createdAt": "2026-03-01T08:02:00Z",
             "clientSecret": "q3W9v0l2mZ8yR1xT6bN4kP7sD5fG0hJ2aC8eV1uI3oY", "tokenUrl": "/auth/token"}""";
    static final String API_CLIENT = """
            {"clientId": "sc-5f2a9c1e7b3d4a6f8e0c1b2a", "supplierId": "3d1f0b7e-2c4a-4e5f-8a9b-0c1d2e3f4a5b",
             "name": "ERP connector", "createdAt": "2026-03-01T08:02:00Z"}""";
    static final String DISCLOSURE_REQUEST = """
            {"facilityId": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "process": "ELECTROREFINING",
             "periodStart": "2025-01-01", "periodEnd": "2026-01-01", "product": "cathode",
             "production": {"amount": "120000", "unit": "t"},
             "lines": [
               {"category": "energy", "item": "electricity", "amount": "42000", "unit": "MWh", "dataType": "primary",
                "pedigree": {"reliability": 1, "completeness": 1, "temporal": 1, "geographical": 1, "technological": 1},
                "evidenceIds": ["1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"], "note": "monthly power bills"},
               {"category": "energy", "item": "natural_gas", "amount": "180000", "unit": "Nm3", "dataType": "primary"},
               {"category": "material", "item": "anode", "amount": "121500", "unit": "t", "dataType": "primary"},
               {"category": "scrap", "item": "copper_scrap", "scrapKind": "post_consumer", "amount": "8000", "unit": "t",
                "dataType": "primary"},
               {"category": "direct_emission", "item": "co2", "amount": "150", "unit": "t", "dataType": "secondary"},
               {"category": "transport", "item": "rail", "amount": "121500", "unit": "t", "distanceKm": "350",
                "dataType": "secondary"}],
             "electricityContracts": [{"contractId": "GPT-JX-2025-0042", "kind": "green_power_trading",
                "counterparty": "Jiangxi wind farm", "mwh": "5000", "generationType": "wind", "evidenceIds": []}],
             "greenCertificates": [{"certificateId": "GEC-2025-JX-000123", "mwh": "1000", "vintage": 2025,
                "generationType": "wind", "redemptionEvidenceId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"}]}""";
    static final String DISCLOSURE = """
            {"id": "0f6c1e2a-8b7d-4c3e-9f10-1a2b3c4d5e6f", "supplierId": "3d1f0b7e-2c4a-4e5f-8a9b-0c1d2e3f4a5b",
             "facilityId": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "seriesId": "0f6c1e2a-8b7d-4c3e-9f10-1a2b3c4d5e6f",
             "revision": 1, "status": "submitted", "process": "ELECTROREFINING",
             "periodStart": "2025-01-01", "periodEnd": "2026-01-01", "product": "cathode",
             "production": {"amount": "120000", "unit": "t"},
             "lines": [{"category": "energy", "item": "electricity", "amount": "42000", "unit": "MWh",
                        "dataType": "primary", "evidenceIds": ["1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"]}],
             "electricityContracts": [],
             "greenCertificates": [{"certificateId": "GEC-2025-JX-000123", "mwh": "1000", "vintage": 2025,
                "generationType": "wind", "redemptionEvidenceId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"}],
             "flags": [{"field": "lines[0]", "message": "electricity is 350 kWh/t of cathode, outside ...",
                        "rangeSource": "Schlesinger et al., Extractive Metallurgy of Copper, 5th ed."}],
             "submittedAt": "2026-03-02T09:00:00Z", "createdBy": "sc-5f2a9c1e7b3d4a6f8e0c1b2a",
             "createdAt": "2026-03-02T08:55:00Z", "updatedAt": "2026-03-02T09:00:00Z", "version": 1}""";
    static final String REVIEW = """
            {"comment": "Power bills match the meter log; certificate redemption checked."}""";
    static final String REJECTION = """
            {"reason": "Natural gas is missing for the anode furnace; please add it and resubmit as a correction."}""";
    static final String EVIDENCE = """
            {"id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "supplierId": "3d1f0b7e-2c4a-4e5f-8a9b-0c1d2e3f4a5b",
             "fileName": "power-bill-2025.pdf", "mediaType": "application/pdf", "sizeBytes": 48213,
             "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
             "uploadedBy": "sc-5f2a9c1e7b3d4a6f8e0c1b2a", "uploadedAt": "2026-03-02T08:50:00Z"}""";
    static final String ACTIVITY_CSV = """
            facility_id,process,period_start,period_end,product,production_t,category,item,amount,unit,scrap_kind,distance_km,data_type,dq_reliability,dq_completeness,dq_temporal,dq_geographical,dq_technological,evidence_ids,note,vintage,generation_type,redemption_evidence_id
            7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d,ELECTROREFINING,2025-01-01,2026-01-01,cathode,100000,energy,electricity,35000,MWh,,,primary,1,1,1,1,1,,power bills,,,
            7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d,ELECTROREFINING,2025-01-01,2026-01-01,cathode,100000,green_certificate,GEC-2025-JX-000123,1000,MWh,,,primary,,,,,,,,2025,wind,
            """;
    static final String IMPORT_REPORT = """
            {"rows": 2, "lines": 1, "disclosures": ["0f6c1e2a-8b7d-4c3e-9f10-1a2b3c4d5e6f"]}""";

    private Examples() {
    }
    static final String PACT_CONNECTION_REQUEST = """
            {"baseUrl": "https://pact.jiangxi-example-copper.cn", "clientId": "copperpcf-buyer",
             "clientSecret": "c2VjcmV0LWZyb20tdGhlLXN1cHBsaWVy", "apiVersion": 3, "pullInterval": "PT6H",
             "enabled": true, "product": "cathode"}""";
    static final String PACT_CONNECTION = """
            {"supplierId": "3d1f0b7e-2c4a-4e5f-8a9b-0c1d2e3f4a5b", "baseUrl": "https://pact.jiangxi-example-copper.cn",
             "clientId": "copperpcf-buyer", "apiVersion": 3, "pullInterval": "PT6H", "enabled": true,
             "product": "cathode", "createdAt": "2026-03-01T08:05:00Z", "updatedAt": "2026-03-01T08:05:00Z",
             "lastPull": {"pullId": "6c0f9a3e-8d2b-4f41-9e7a-1b5c3d2e4f60", "at": "2026-03-01T14:05:02Z",
                          "outcome": "succeeded", "fetched": 3, "created": 2, "skipped": 1, "invalid": 0},
             "version": 0}""";
    static final String PULL_REPORT = """
            {"pullId": "6c0f9a3e-8d2b-4f41-9e7a-1b5c3d2e4f60", "supplierId": "3d1f0b7e-2c4a-4e5f-8a9b-0c1d2e3f4a5b",
             "trigger": "manual", "partner": "https://pact.jiangxi-example-copper.cn",
             "startedAt": "2026-03-01T14:05:00Z", "finishedAt": "2026-03-01T14:05:02Z", "outcome": "succeeded",
             "fetched": 3, "created": 1, "skipped": 1, "invalid": 1,
             "footprints": [
               {"pfId": "8b26f3b8-f5d9-4adf-8a11-02e05d273e58", "result": "created",
                "disclosureId": "0e4d1c7a-5b3f-4a2e-9c8d-7f6e5d4c3b2a"},
               {"pfId": "2f0c8e1a-9b7d-4c6e-8a5f-3d2c1b0a9e8f", "result": "known"},
               {"pfId": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d", "result": "invalid",
                "violations": [{"field": "pcf.declaredUnitAmount", "message": "must be greater than zero"}]}]}""";
    static final String PCF_DISCLOSURE = """
            {"id": "0e4d1c7a-5b3f-4a2e-9c8d-7f6e5d4c3b2a", "supplierId": "3d1f0b7e-2c4a-4e5f-8a9b-0c1d2e3f4a5b",
             "pfId": "8b26f3b8-f5d9-4adf-8a11-02e05d273e58", "status": "submitted", "product": "cathode",
             "receivedSpecVersion": "3.0.0", "mappingNotes": [], "flags": [],
             "partner": {"sourceUrl": "https://pact.jiangxi-example-copper.cn/3/footprints/8b26f3b8-f5d9-4adf-8a11-02e05d273e58",
                         "pullId": "6c0f9a3e-8d2b-4f41-9e7a-1b5c3d2e4f60", "pulledAt": "2026-03-01T14:05:00Z"},
             "createdAt": "2026-03-01T14:05:01Z", "version": 0,
             "footprint": {"id": "8b26f3b8-f5d9-4adf-8a11-02e05d273e58", "specVersion": "3.0.0", "status": "Active",
                           "companyName": "Jiangxi Example Copper", "productDescription": "Copper cathode, grade A",
                           "pcf": {"declaredUnitOfMeasurement": "kilogram", "pcfExcludingBiogenicUptake": "3.85"}}}""";
}
