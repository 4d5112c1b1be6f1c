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

    private Examples() {
    }
}
