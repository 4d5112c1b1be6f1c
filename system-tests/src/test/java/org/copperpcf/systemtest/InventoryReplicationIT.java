package org.copperpcf.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.copperpcf.stack.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * On an empty database inventory-service waits for factor-service's seed release, publishes the default models,
 * and footprint-service's replica receives every one of them with the same content hash, across processes.
 */
@ExtendWith(RunningStack.class)
class InventoryReplicationIT {
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Test
    void theDefaultModelsArePublishedOnAnEmptyDatabaseAndReachTheFootprintReplica(LocalStack stack) {
        String inventory = stack.serviceUrl("inventory-service");
        String token = RunningStack.token(stack, "certifier");
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token)
                .queryParam("dataset", "CN-2025.1").queryParam("limit", 500)
                .when().get(inventory + "/api/v1/templates").then().statusCode(200).body("", hasSize(9)));
        Map<String, String> published = new HashMap<>();
        for (String kind : List.of("processes", "templates")) {
            JsonPath list = given().auth().oauth2(token).queryParam("dataset", "CN-2025.1").queryParam("limit", 500)
                    .when().get(inventory + "/api/v1/" + kind).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> versions = list.getList("");
            versions.forEach(v -> published.put(v.get("kind") + ":" + v.get("key"), (String) v.get("contentHash")));
        }
        assertEquals(21, published.size());

        await().atMost(PATIENCE).untilAsserted(() -> {
            List<Map<String, Object>> replicated = given().auth().oauth2(token)
                    .when().get(stack.serviceUrl("footprint-service") + "/api/v1/replica/inventories")
                    .then().statusCode(200).extract().jsonPath().getList("");
            Map<String, String> hashes = new HashMap<>();
            replicated.stream().filter(v -> published.containsKey(v.get("kind") + ":" + v.get("key")))
                    .forEach(v -> hashes.put(v.get("kind") + ":" + v.get("key"), (String) v.get("contentHash")));
            assertEquals(published, hashes);
        });
    }

    @Test
    void aProcessPublishedOverRestReachesTheReplicaWithItsContent(LocalStack stack) {
        String inventory = stack.serviceUrl("inventory-service");
        String admin = RunningStack.token(stack, "admin");
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(admin)
                .when().get(inventory + "/api/v1/processes/rod.upcast.cn").then().statusCode(200));
        Map<String, Object> model = given().auth().oauth2(admin).when().get(inventory + "/api/v1/processes/rod.upcast.cn")
                .then().extract().jsonPath().getMap("model");
        String key = "rod.upcast.site-" + UUID.randomUUID().toString().substring(0, 8);
        model.put("key", key);
        model.put("nameEn", "Oxygen-free copper rod, upcast, one site");
        model.remove("dataset");

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(model)
                .when().post(inventory + "/api/v1/processes").then().statusCode(201);
        String hash = given().auth().oauth2(admin).when().post(inventory + "/api/v1/processes/" + key
                + "/versions/1/publish").then().statusCode(200).extract().path("contentHash");

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(RunningStack.token(stack, "buyer"))
                .when().get(stack.serviceUrl("footprint-service") + "/api/v1/replica/inventories/process/" + key
                        + "/versions/1")
                .then().statusCode(200)
                .body("contentHash", is(hash))
                .body("model.nameEn", is("Oxygen-free copper rod, upcast, one site"))
                .body("receivedEvents", is(1)));
    }
}
