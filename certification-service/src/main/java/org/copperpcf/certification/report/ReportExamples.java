package org.copperpcf.certification.report;

/** OpenAPI examples of the reports. */
public final class ReportExamples {
    public static final String PDF = "%PDF-1.7 (binary PDF document, A4, Helvetica; see docs/certification.md)";
    public static final String NEW_SUPPLIER_REDUCTION_REPORT = """
            {"title": "Core-supplier carbon reduction 2026", "baseYear": 2024, "reportYear": 2026,
             "product": "copper.rod", "supplierIds": ["6a1d2c3b-4e5f-4a7b-8c9d-0e1f2a3b4c5d"]}""";
    public static final String SUPPLIER_REDUCTION_REPORT = """
            {"id": "8d3f1a52-6c0e-4b7a-9f21-3e4d5c6b7a80", "title": "Core-supplier carbon reduction 2026",
             "owner": "buyer-oem", "baseYear": 2024, "reportYear": 2026, "product": "copper.rod",
             "supplierIds": ["6a1d2c3b-4e5f-4a7b-8c9d-0e1f2a3b4c5d"], "createdAt": "2026-11-22T08:00:00Z",
             "suppliers": [{"supplierId": "6a1d2c3b-4e5f-4a7b-8c9d-0e1f2a3b4c5d", "product": "copper.rod",
               "declaredUnit": "1 kg", "baseYearKgCo2e": "2.4", "years": [
                 {"year": 2024, "kgCo2ePerDeclaredUnit": "2.4", "footprints": 1, "reductionPercent": "0.00",
                  "note": "base year", "sources": [{"footprintId": "044e1da6-4890-4960-9968-574ef2696350",
                  "version": 2, "versionId": "324d574f-173a-41d0-82de-9d3d9e8caeb2", "kgCo2e": "2.4",
                  "resultHash": "sha256:c45f09a19bbcdae3e120d6ddf3d13d9b354f33861df5a253dc61ac70ae8acd30"}]},
                 {"year": 2025, "kgCo2ePerDeclaredUnit": "2.1", "footprints": 2, "reductionPercent": "12.50",
                  "note": "mean of 2 footprints", "sources": []}]}]}""";
    public static final String SUPPLIER_REDUCTION_CSV = """
            supplierId,product,declaredUnit,year,kgCo2ePerDeclaredUnit,footprints,baseYear,baseYearKgCo2ePerDeclaredUnit,reductionPercent,note
            6a1d2c3b-4e5f-4a7b-8c9d-0e1f2a3b4c5d,copper.rod,1 kg,2024,2.4,1,2024,2.4,0.00,base year
            6a1d2c3b-4e5f-4a7b-8c9d-0e1f2a3b4c5d,copper.rod,1 kg,2025,2.1,2,2024,2.4,12.50,mean of 2 footprints
            """;

    private ReportExamples() {
    }
}
