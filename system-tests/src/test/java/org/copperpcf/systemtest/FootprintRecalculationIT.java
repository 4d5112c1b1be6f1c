package org.copperpcf.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.copperpcf.contracts.supplier.DemoSuppliers;
import org.copperpcf.stack.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Across processes and through Kafka: a tube footprint of the demo tube mill uses the demo smelter's cathode; the
 * smelter corrects its disclosure in supplier-service, a reviewer accepts the correction, and footprint-service
 * recalculates the tube into a new version whose lineage names the correction.
 */
@ExtendWith(RunningStack.class)
class FootprintRecalculationIT {
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Test
    void anAcceptedCorrectionOfTheSmeltersDataChangesTheTubeThatUsesItsCathode(LocalStack stack) {
        String footprints = stack.serviceUrl("footprint-service") + "/api/v1/footprints";
        String buyer = RunningStack.token(stack, "buyer");
        // the demo tube mill's footprint shows the seeded data arrived; the test's own copy pins the seed release,
        // since other system tests publish small factor releases that become 'latest'
        await().atMost(PATIENCE).until(() -> tubeOfTheMill(footprints, buyer), path -> path != null);
        String created = given().auth().oauth2(RunningStack.token(stack, "admin")).contentType(ContentType.JSON)
                .body("""
                        {"template": "tube.cast-and-roll.cn", "factorRelease": "CN-2025.1",
                         "producer": {"supplierId": "%s"},
                         "reportingPeriod": {"start": "2025-01-01", "end": "2026-01-01"},
                         "supplyMix": [{"product": "copper.cathode", "sources": [{"supplierId": "%s", "share": "1"}]}]}"""
                        .formatted(DemoSuppliers.TUBE_MILL, DemoSuppliers.SMELTER))
                .when().post(footprints).then().log().ifValidationFails().statusCode(201).extract().path("footprintId");
        JsonPath tube = given().auth().oauth2(buyer).when().get(footprints + "/" + created).then().statusCode(200)
                .extract().jsonPath();
        String tubeId = tube.getString("footprintId");
        int version = tube.getInt("version");
        Map<String, Object> cathode = tube.getMap("lineage.supplierData.find { it.role == 'supply' }");
        assertEquals(DemoSuppliers.SMELTER.toString(), cathode.get("supplierId"));
        String accepted = (String) cathode.get("id");

        String admin = RunningStack.token(stack, "admin");
        String disclosures = stack.serviceUrl("supplier-service") + "/api/v1/suppliers/" + DemoSuppliers.SMELTER
                + "/disclosures";
        String correction = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"facilityId": "%s", "process": "ELECTROREFINING", "periodStart": "2025-01-01",
                         "periodEnd": "2026-01-01", "product": "cathode", "production": {"amount": "400000", "unit": "t"},
                         "lines": [
                           {"category": "energy", "item": "electricity", "amount": "600000", "unit": "MWh", "dataType": "primary"},
                           {"category": "energy", "item": "natural_gas", "amount": "16000000", "unit": "Nm3", "dataType": "primary"},
                           {"category": "material", "item": "concentrate", "amount": "1650000", "unit": "t", "dataType": "primary"},
                           {"category": "transport", "item": "sea", "amount": "1650000", "unit": "t", "distanceKm": "11250", "dataType": "secondary"}]}"""
                        .formatted(DemoSuppliers.SMELTER_FACILITY))
                .when().post(disclosures + "/" + accepted + "/corrections")
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).when().post(disclosures + "/" + correction + "/submit")
                .then().log().ifValidationFails().statusCode(200);
        given().auth().oauth2(buyer).contentType(ContentType.JSON).body("{\"comment\": \"new power bills\"}")
                .when().post(disclosures + "/" + correction + "/accept")
                .then().log().ifValidationFails().statusCode(200).body("status", is("accepted"));

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(buyer).when().get(footprints + "/" + tubeId)
                .then().body("version", is(version + 1))
                .body("lineage.supplierData.find { it.role == 'supply' }.id", is(correction)));
        JsonPath successor = given().auth().oauth2(buyer).when().get(footprints + "/" + tubeId).then().extract()
                .jsonPath();
        assertTrue(new BigDecimal(successor.getString("kgCo2e")).compareTo(new BigDecimal(tube.getString("kgCo2e")))
                != 0, "the smelter's changed data changes the tube");
        assertTrue(successor.getString("reason").contains(correction));
        List<String> statuses = given().auth().oauth2(buyer).when().get(footprints + "/" + tubeId + "/versions")
                .then().statusCode(200).extract().jsonPath().getList("status");
        assertEquals("current", statuses.get(statuses.size() - 1));
        assertEquals("deprecated", statuses.get(statuses.size() - 2));
    }

    /** The demo tube mill's footprint, once footprint-service has computed it; null before. */
    @SuppressWarnings("unchecked")
    private static JsonPath tubeOfTheMill(String footprints, String token) {
        JsonPath list = given().auth().oauth2(token).queryParam("limit", 500).when().get(footprints).then()
                .statusCode(200).extract().jsonPath();
        Object root = list.get("$");
        List<Map<String, Object>> rows = root instanceof List<?> array ? (List<Map<String, Object>>) array
                : (List<Map<String, Object>>) ((Map<String, Object>) root).get("items");
        for (Map<String, Object> row : rows) {
            Map<String, Object> producer = (Map<String, Object>) ((Map<String, Object>) row.get("specification"))
                    .get("producer");
            if (producer != null && DemoSuppliers.TUBE_MILL.toString().equals(producer.get("supplierId"))) {
                return given().auth().oauth2(token).when().get(footprints + "/" + row.get("footprintId")).then()
                        .statusCode(200).extract().jsonPath();
            }
        }
        return null;
    }
}
