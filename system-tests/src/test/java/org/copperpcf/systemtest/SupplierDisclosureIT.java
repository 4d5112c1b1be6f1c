package org.copperpcf.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.copperpcf.stack.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A supplier system authenticates with its own client credentials, pushes activity data with evidence and a green
 * certificate, a reviewer accepts it, and footprint-service's replica holds it: across processes, through Kafka.
 */
@ExtendWith(RunningStack.class)
class SupplierDisclosureIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final byte[] BILL = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void aSupplierClientPushesADisclosureThatAReviewerAcceptsAndTheFootprintReplicaHolds(LocalStack stack) {
        String suppliers = stack.serviceUrl("supplier-service") + "/api/v1/suppliers";
        String admin = RunningStack.token(stack, "admin");
        String supplierId = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"nameEn\": \"System Test Copper " + UUID.randomUUID() + "\", \"nameZh\": \"系统测试铜业\"}")
                .when().post(suppliers).then().log().ifValidationFails().statusCode(201).extract().path("id");
        String facilityId = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("""
                        {"name": "Guixi refinery", "provinceCode": "CN-JX", "gridRegion": "CN-CENTRAL",
                         "routes": ["ELECTROREFINING"], "capacityTPerYear": "400000"}""")
                .when().post(suppliers + "/" + supplierId + "/facilities").then().statusCode(201).extract().path("id");
        JsonPath client = given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"name\": \"ERP\"}")
                .when().post(suppliers + "/" + supplierId + "/api-clients").then().statusCode(201)
                .extract().jsonPath();

        String token = given().auth().preemptive().basic(client.getString("clientId"), client.getString("clientSecret"))
                .formParam("grant_type", "client_credentials")
                .when().post(stack.serviceUrl("supplier-service") + "/auth/token")
                .then().log().ifValidationFails().statusCode(200).extract().path("access_token");

        String evidenceId = given().auth().oauth2(token).contentType("application/octet-stream").body(BILL)
                .queryParam("fileName", "power-bill-2025.pdf")
                .when().post(suppliers + "/" + supplierId + "/evidence")
                .then().statusCode(201).body("mediaType", is("application/pdf")).extract().path("id");
        String certificate = "GEC-2025-JX-" + UUID.randomUUID();
        String disclosures = suppliers + "/" + supplierId + "/disclosures";
        String disclosureId = given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).queryParam("submit", true)
                .body("""
                        {"facilityId": "%s", "process": "ELECTROREFINING", "periodStart": "2025-01-01",
                         "periodEnd": "2026-01-01", "product": "cathode", "production": {"amount": "100000", "unit": "t"},
                         "lines": [{"category": "energy", "item": "electricity", "amount": "35000.25", "unit": "MWh",
                                    "dataType": "primary", "evidenceIds": ["%s"]}],
                         "greenCertificates": [{"certificateId": "%s", "mwh": "1000", "vintage": 2025,
                                                "generationType": "wind", "redemptionEvidenceId": "%s"}]}"""
                        .formatted(facilityId, evidenceId, certificate, evidenceId))
                .when().post(disclosures)
                .then().log().ifValidationFails().statusCode(201).body("status", is("submitted")).extract().path("id");

        given().auth().oauth2(RunningStack.token(stack, "buyer")).contentType(ContentType.JSON)
                .body("{\"comment\": \"bills and redemption statement checked\"}")
                .when().post(disclosures + "/" + disclosureId + "/accept")
                .then().statusCode(200).body("status", is("accepted"));

        String sha256 = given().auth().oauth2(token).when().get(suppliers + "/" + supplierId + "/evidence/" + evidenceId)
                .then().statusCode(200).extract().path("sha256");
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(RunningStack.token(stack, "certifier"))
                .when().get(stack.serviceUrl("footprint-service") + "/api/v1/replica/disclosures/" + disclosureId)
                .then().statusCode(200)
                .body("status", is("accepted"))
                .body("supplierId", is(supplierId))
                .body("lines[0].amount", is("35000.25"))
                .body("certificates[0].certificateId", is(certificate))
                .body("evidenceSha256[0]", is(sha256)));
    }
}
