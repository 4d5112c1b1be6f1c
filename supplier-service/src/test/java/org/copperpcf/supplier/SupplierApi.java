package org.copperpcf.supplier;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.copperpcf.kit.testing.TestTokens;

import io.restassured.http.ContentType;

/** Steps many tests take: a registered supplier with a facility, evidence, and disclosure bodies. */
final class SupplierApi {
    static final String SUPPLIERS = "/api/v1/suppliers";
    static final String PROBLEM_JSON = "application/problem+json";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** A supplier and one facility operating electrorefining, created by an admin. */
    record Registered(UUID supplierId, UUID facilityId) {
        String token() {
            return TestTokens.supplier(supplierId);
        }

        String disclosures() {
            return SUPPLIERS + "/" + supplierId + "/disclosures";
        }
    }

    private SupplierApi() {
    }

    static Registered registerSupplierWithFacility() {
        String supplierId = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"nameEn\": \"Test Copper " + UUID.randomUUID() + "\", \"nameZh\": \"测试铜业\"}")
                .when().post(SUPPLIERS).then().statusCode(201).extract().path("id");
        String facilityId = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"name": "Guixi smelter", "provinceCode": "CN-JX", "gridRegion": "CN-CENTRAL",
                         "routes": ["SMELTING", "ELECTROREFINING"], "capacityTPerYear": "1000000"}""")
                .when().post(SUPPLIERS + "/" + supplierId + "/facilities").then().statusCode(201)
                .extract().path("id");
        return new Registered(UUID.fromString(supplierId), UUID.fromString(facilityId));
    }

    static String uploadPdf(Registered supplier) {
        return given().auth().oauth2(supplier.token()).contentType("application/pdf").body(PDF)
                .queryParam("fileName", "power-bill.pdf")
                .when().post(SUPPLIERS + "/" + supplier.supplierId() + "/evidence")
                .then().statusCode(201).extract().path("id");
    }

    /** An electrorefinery's year with 38,000 MWh of electricity and the given certificate claimed. */
    static String disclosure(Registered supplier, String certificateId, String evidenceId) {
        String evidence = evidenceId == null ? "" : "\"" + evidenceId + "\"";
        String redemption = evidenceId == null ? "" : ", \"redemptionEvidenceId\": \"" + evidenceId + "\"";
        String certificates = certificateId == null ? "[]" : """
                [{"certificateId": "%s", "mwh": "1000", "vintage": 2025, "generationType": "wind"%s}]"""
                .formatted(certificateId, redemption);
        return """
                {"facilityId": "%s", "process": "ELECTROREFINING", "periodStart": "2025-01-01",
                 "periodEnd": "2026-01-01", "product": "cathode", "production": {"amount": "100000", "unit": "t"},
                 "lines": [
                   {"category": "energy", "item": "electricity", "amount": "38000.5", "unit": "MWh",
                    "dataType": "primary", "pedigree": {"reliability": 1, "completeness": 2, "temporal": 1,
                    "geographical": 1, "technological": 1}, "evidenceIds": [%s], "note": "power bills"},
                   {"category": "scrap", "item": "copper_scrap", "scrapKind": "post_consumer", "amount": "8000",
                    "unit": "t", "dataType": "primary"},
                   {"category": "transport", "item": "rail", "amount": "101000", "unit": "t", "distanceKm": "350",
                    "dataType": "secondary"}],
                 "greenCertificates": %s}""".formatted(supplier.facilityId(), evidence, certificates);
    }

    static String uniqueCertificate() {
        return "GEC-2025-JX-" + UUID.randomUUID();
    }
}
