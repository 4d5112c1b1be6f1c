package org.copperpcf.certification.rest;

/** OpenAPI examples. */
final class Examples {
    static final String CRITERION_RECYCLED = """
            {"criterion": "recycled-content", "metric": "recycledContentShare", "comparison": "at-least",
             "threshold": "24", "source": "有色金属行业碳达峰实施方案, seeds 002_fc6b8c50fb09812b.txt", "status": "V",
             "rationale": "The plans' recycled-metal supply share applied to the copper in the product"}""";
    static final String CRITERION_ENERGY = """
            {"criterion": "smelting-energy", "metric": "smeltingEnergyIntensity", "comparison": "at-most",
             "benchmark": "NDRC-2023-723.concentrate-to-cathode.benchmark",
             "rationale": "Smelting at or below the NDRC benchmark level"}""";
    static final String NEW_CRITERIA_SET = """
            {"key": "low-carbon-copper-rod", "product": "copper.rod", "title": "Low-carbon copper rod",
             "description": "Second version: stricter footprint threshold",
             "criteria": [
               {"criterion": "footprint", "metric": "kgCo2ePerKg", "comparison": "at-most", "threshold": "1.8",
                "source": "Our proposal (docs/certification.md)", "status": "P"},
               """ + CRITERION_RECYCLED + ", " + CRITERION_ENERGY + "]}";
    static final String CRITERIA_SET = """
            {"key": "low-carbon-copper-rod", "version": 1, "product": "copper.rod", "title": "Low-carbon copper rod",
             "description": "Electrical copper rod that beats the market on footprint, recycled content, green electricity and smelting energy",
             "criteria": [
               {"criterion": "footprint", "metric": "kgCo2ePerKg", "comparison": "at-most", "threshold": "2.0",
                "source": "Our proposal from domain brief §5.1", "status": "P"},
               """ + CRITERION_RECYCLED + ", " + CRITERION_ENERGY + """
            ], "createdBy": "seed", "createdAt": "2026-01-01T00:00:00Z"}""";
    static final String EVALUATION_REQUEST = """
            {"footprintVersionId": "324d574f-173a-41d0-82de-9d3d9e8caeb2", "criteriaSet": "low-carbon-copper-rod",
             "version": 1}""";
    static final String EVALUATION = """
            {"id": "9c1e5a7b-3d2f-4e6a-8b9c-0d1e2f3a4b5c", "footprintId": "044e1da6-4890-4960-9968-574ef2696350",
             "footprintVersionId": "324d574f-173a-41d0-82de-9d3d9e8caeb2", "footprintVersion": 2,
             "resultHash": "sha256:c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4",
             "criteriaSet": {"key": "low-carbon-copper-rod", "version": 1}, "product": "copper.rod",
             "overall": "incomplete",
             "results": [
               {"criterion": "recycled-content", "metric": "recycledContentShare", "comparison": "at-least",
                "required": "24", "actual": "30.75", "unit": "%", "outcome": "passed", "passed": true,
                "evidence": {"footprintId": "044e1da6-4890-4960-9968-574ef2696350",
                  "footprintVersionId": "324d574f-173a-41d0-82de-9d3d9e8caeb2", "footprintVersion": 2,
                  "field": "metrics.recycledContentShare",
                  "resultHash": "sha256:c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4",
                  "thresholdSource": "有色金属行业碳达峰实施方案, seeds 002_fc6b8c50fb09812b.txt",
                  "thresholdStatus": "V"}},
               {"criterion": "smelting-energy", "metric": "smeltingEnergyIntensity", "comparison": "at-most",
                "required": "260", "unit": "kgce/t", "outcome": "not-evaluable",
                "notEvaluable": "no energy data: footprint version 2 carries no metrics.energyIntensity",
                "evidence": {"footprintId": "044e1da6-4890-4960-9968-574ef2696350",
                  "footprintVersionId": "324d574f-173a-41d0-82de-9d3d9e8caeb2", "footprintVersion": 2,
                  "field": "metrics.energyIntensity.smeltingKgcePerTonne",
                  "resultHash": "sha256:c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4",
                  "thresholdSource": "NDRC energy-efficiency levels (发改产业〔2023〕723号) 2023, concentrate-to-cathode, benchmark: …",
                  "thresholdStatus": "R", "benchmark": "NDRC-2023-723.concentrate-to-cathode.benchmark",
                  "benchmarkElectricityBasis": "equivalent"}}],
             "evaluatedBy": "certifier-1", "evaluatedAt": "2026-03-05T10:15:30Z"}""";
    static final String BENCHMARK = """
            {"code": "NDRC-2023-723.concentrate-to-cathode.benchmark",
             "standard": "NDRC energy-efficiency levels (发改产业〔2023〕723号)", "version": "2023",
             "route": "concentrate-to-cathode", "level": "benchmark", "valueKgcePerT": "260",
             "energyScope": "comprehensive", "electricityBasis": "equivalent", "basisStatus": "R",
             "source": "发改产业〔2021〕1609号 [R]; 2023 edition 发改产业〔2023〕723号 [V, number only]; domain brief §1, §5.10",
             "status": "R", "note": "标杆水平: new plants must reach it. Verify against the official table."}""";
    static final String FOOTPRINT = """
            {"versionId": "324d574f-173a-41d0-82de-9d3d9e8caeb2", "footprintId": "044e1da6-4890-4960-9968-574ef2696350",
             "version": 2, "product": "copper.rod", "declaredUnit": "1 kg", "geography": "CN", "kgCo2e": "3.9",
             "resultHash": "sha256:c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4",
             "calculatedAt": "2026-03-05T10:15:00Z",
             "metrics": {"fossil": "3.9", "biogenic": "0", "primaryDataShare": "14.46",
                         "recycledContentShare": "30.75", "renewableElectricityShare": "0",
                         "dataQuality": {"overall": "2.32"}},
             "lastEventId": "fe09ffb5-dbf5-4ce2-b9bb-8c59642ddfcf", "receivedAt": "2026-03-05T10:15:01Z"}""";

    static final String APPLICATION_REQUEST = """
            {"footprintId": "044e1da6-4890-4960-9968-574ef2696350", "version": 2,
             "criteriaSetKey": "low-carbon-copper-rod", "criteriaSetVersion": 1,
             "contact": {"name": "Li Wei", "email": "li.wei@rod-mill.example", "phone": "+86 791 0000 0000"}}""";
    static final String FINDING_REQUEST = """
            {"severity": "major", "clause": "GB/T 24067-2024 6.3.4",
             "text": "Electricity line 3 (purchased grid power) has no meter log for March"}""";
    static final String FINDING = """
            {"id": "5b7f3c1e-2d4a-4e6b-8c9d-0e1f2a3b4c5d", "severity": "major", "clause": "GB/T 24067-2024 6.3.4",
             "text": "Electricity line 3 (purchased grid power) has no meter log for March", "status": "open",
             "raisedBy": "certifier-1", "raisedAt": "2026-03-10T09:00:00Z"}""";
    static final String CLOSE_FINDING_REQUEST = """
            {"resolution": "Meter log for March supplied and reconciled with the power bill (evidence 7e2c…)"}""";
    static final String APPLICATION = """
            {"id": "2c9a4f1e-6b3d-4a7e-9f0c-1d2e3f4a5b6c", "status": "under-review", "product": "copper.rod",
             "footprint": {"footprintId": "044e1da6-4890-4960-9968-574ef2696350", "version": 2,
               "versionId": "324d574f-173a-41d0-82de-9d3d9e8caeb2",
               "resultHash": "sha256:c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4"},
             "criteriaSet": {"key": "low-carbon-copper-rod", "version": 1},
             "holder": {"supplierId": "0d9a6c5e-3b1f-4f7e-9a55-1c2f0b7e8d41",
               "facilityId": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"},
             "contact": {"name": "Li Wei", "email": "li.wei@rod-mill.example"}, "applicant": "rod-mill-1",
             "submittedAt": "2026-03-05T10:15:30Z", "reviewer": "certifier-1",
             "reviewStartedAt": "2026-03-06T08:00:00Z", "evaluationId": "9c1e5a7b-3d2f-4e6a-8b9c-0d1e2f3a4b5c",
             "findings": [""" + FINDING + "]}";
    static final String APPLICATION_DECIDED = """
            {"id": "2c9a4f1e-6b3d-4a7e-9f0c-1d2e3f4a5b6c", "status": "decided", "decision": "granted",
             "product": "copper.rod",
             "footprint": {"footprintId": "044e1da6-4890-4960-9968-574ef2696350", "version": 2,
               "versionId": "324d574f-173a-41d0-82de-9d3d9e8caeb2",
               "resultHash": "sha256:c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4"},
             "criteriaSet": {"key": "low-carbon-copper-rod", "version": 1},
             "holder": {"supplierId": "0d9a6c5e-3b1f-4f7e-9a55-1c2f0b7e8d41"},
             "contact": {"name": "Li Wei", "email": "li.wei@rod-mill.example"}, "applicant": "rod-mill-1",
             "submittedAt": "2026-03-05T10:15:30Z", "reviewer": "certifier-1",
             "evaluationId": "9c1e5a7b-3d2f-4e6a-8b9c-0d1e2f3a4b5c", "findings": [],
             "decisionRationale": "All sampled evidence conforming, every criterion passed",
             "decidedBy": "certifier-2", "decidedAt": "2026-03-20T14:00:00Z", "certificateId": "CPCF-2026-000001"}""";
    static final String DECISION_REQUEST = """
            {"decision": "grant", "rationale": "All sampled evidence conforming, every criterion passed"}""";
    static final String SAMPLE_REQUEST = """
            {"seed": 20260305, "lines": 5, "evidenceFiles": 3}""";
    static final String CHECK_REQUEST = """
            {"outcome": "conforming", "note": "Power bill 2026-03 matches 1,250,000 kWh; meter log seen on site"}""";
    static final String SAMPLE = """
            {"id": "8e4d2b1a-7c6f-4e5d-9a8b-3c2d1e0f9a8b", "applicationId": "2c9a4f1e-6b3d-4a7e-9f0c-1d2e3f4a5b6c",
             "footprintVersionId": "324d574f-173a-41d0-82de-9d3d9e8caeb2", "seed": "20260305",
             "seedOrigin": "given", "algorithm": "es-splittable-v1",
             "population": {"lines": 14, "evidenceFiles": 9,
               "hash": "sha256:5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8"},
             "requested": {"lines": 5, "evidenceFiles": 3},
             "weightRules": {"6b1f0d2e-8c3a-4e5f-9a7b-1c2d3e4f5a6b": "line-contribution"},
             "items": [
               {"itemNo": 1, "kind": "line", "rank": 1, "disclosureId": "6b1f0d2e-8c3a-4e5f-9a7b-1c2d3e4f5a6b",
                "lineNo": 3, "weight": "0.412", "weightRule": "line-contribution",
                "detail": {"lineNo": 3, "category": "electricity", "item": "grid electricity",
                           "amount": "1250000", "unit": "kWh", "dataType": "primary",
                           "evidenceIds": ["7e2c9d1b-4a3f-4b6e-8d5c-2f1e0a9b8c7d"]},
                "outcome": "conforming",
                "checks": [{"outcome": "conforming", "note": "Power bill matches", "checkedBy": "certifier-1",
                            "checkedAt": "2026-03-12T10:00:00Z"}]},
               {"itemNo": 6, "kind": "evidence", "rank": 1, "evidenceId": "7e2c9d1b-4a3f-4b6e-8d5c-2f1e0a9b8c7d",
                "weight": "0.412", "weightRule": "sum-of-citing-lines",
                "detail": {"fileName": "power-bill-2026-03.pdf", "mediaType": "application/pdf",
                           "sizeBytes": 182044, "sha256": "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b",
                           "citedBy": ["6b1f0d2e-8c3a-4e5f-9a7b-1c2d3e4f5a6b#3"]},
                "checks": []}],
             "drawnBy": "certifier-1", "drawnAt": "2026-03-10T08:30:00Z"}""";
    static final String REASON_REQUEST = """
            {"reason": "Surveillance audit found the 2026 electricity data unsupported; suspended until corrected"}""";
    static final String CERTIFICATE = """
            {"id": "CPCF-2026-000001", "status": "valid", "applicationId": "2c9a4f1e-6b3d-4a7e-9f0c-1d2e3f4a5b6c",
             "scope": {"product": "copper.rod", "footprintId": "044e1da6-4890-4960-9968-574ef2696350",
               "footprintVersion": 2, "footprintVersionId": "324d574f-173a-41d0-82de-9d3d9e8caeb2",
               "resultHash": "sha256:c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4",
               "declaredUnit": "1 kg", "kgCo2e": "1.9",
               "criteriaSet": {"key": "low-carbon-copper-rod", "version": 1},
               "holder": {"supplierId": "0d9a6c5e-3b1f-4f7e-9a55-1c2f0b7e8d41",
                 "facilityId": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"}},
             "issuedAt": "2026-03-20T14:00:00Z", "validFrom": "2026-03-20T14:00:00Z",
             "validUntil": "2028-03-20T14:00:00Z", "surveillanceDates": ["2027-03-20"], "certifier": "certifier-2",
             "history": [{"to": "valid", "reason": "granted on application 2c9a4f1e-6b3d-4a7e-9f0c-1d2e3f4a5b6c",
                          "actor": "certifier-2", "at": "2026-03-20T14:00:00Z"}]}""";
    static final String PUBLIC_CERTIFICATE = """
            {"certificateId": "CPCF-2026-000001", "status": "valid",
             "holder": {"supplierId": "0d9a6c5e-3b1f-4f7e-9a55-1c2f0b7e8d41",
               "facilityId": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"},
             "product": "copper.rod", "declaredUnit": "1 kg", "kgCo2e": "1.9",
             "validFrom": "2026-03-20T14:00:00Z", "validUntil": "2028-03-20T14:00:00Z",
             "resultHash": "sha256:c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4"}""";

    static final String DISCLOSURE = """
            {"disclosureId": "6b1f0d2e-8c3a-4e5f-9a7b-1c2d3e4f5a6b", "version": 2, "status": "superseded",
             "supplierId": "0d9a6c5e-3b1f-4f7e-9a55-1c2f0b7e8d41", "facilityId": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
             "lines": 14, "evidenceFiles": 9, "lastEventId": "fe09ffb5-dbf5-4ce2-b9bb-8c59642ddfcf",
             "receivedAt": "2026-03-05T10:15:01Z"}""";

    private Examples() {
    }
}
