package org.copperpcf.certification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CriteriaSetTest {
    private static final String SETS = "/api/v1/criteria-sets";

    @Inject
    DataSource dataSource;

    @Test
    void theSeededSetsCarryEveryThresholdWithItsSource() {
        given().auth().oauth2(TestTokens.supplier(UUID.randomUUID())).when().get(SETS).then().statusCode(200)
                .body("key", hasItems("low-carbon-copper-rod", "low-carbon-copper-cathode", "low-carbon-copper-tube"));
        given().auth().oauth2(TestTokens.buyer()).when().get(SETS + "/low-carbon-copper-rod/versions/1")
                .then().statusCode(200)
                .body("product", is("copper.rod"))
                .body("criteria.criterion", is(List.of("footprint", "recycled-content", "renewable-electricity",
                        "smelting-energy", "primary-data", "data-quality")))
                .body("criteria.find { it.criterion == 'recycled-content' }.threshold", is("24"))
                .body("criteria.find { it.criterion == 'recycled-content' }.source",
                        startsWith("有色金属行业碳达峰实施方案"))
                .body("criteria.find { it.criterion == 'smelting-energy' }.benchmark",
                        is("NDRC-2023-723.concentrate-to-cathode.benchmark"));
    }

    @Test
    void theEnergyTableHoldsTheLimitAndTheNdrcLevelsWithTheirTags() {
        given().auth().oauth2(TestTokens.certifier()).when().get("/api/v1/energy-benchmarks").then().statusCode(200)
                .body("find { it.code == 'GB21248-2007.concentrate-to-cathode.limit' }.valueKgcePerT", is("950"))
                .body("find { it.code == 'GB21248-2007.concentrate-to-cathode.limit' }.status", is("V"))
                .body("find { it.code == 'NDRC-2023-723.concentrate-to-cathode.benchmark' }.valueKgcePerT", is("260"))
                .body("find { it.code == 'NDRC-2023-723.concentrate-to-cathode.benchmark' }.status", is("R"))
                .body("find { it.code == 'NDRC-2023-723.concentrate-to-cathode.baseline' }.valueKgcePerT", is("380"))
                .body("find { it.code == 'NDRC-2023-723.concentrate-to-cathode.baseline' }.electricityBasis",
                        is("equivalent"));
    }

    @Test
    void publishingAddsAVersionAndLeavesTheOldOneAsItWas() {
        String key = "test-set-" + UUID.randomUUID().toString().substring(0, 8);
        publish(TestTokens.admin(), newSet(key, "1.9")).statusCode(201)
                .header("Location", endsWith("/api/v1/criteria-sets/" + key + "/versions/1"))
                .body("version", is(1)).body("createdBy", is("test-admin"));
        publish(TestTokens.admin(), newSet(key, "1.5")).statusCode(201)
                .header("Location", endsWith("/api/v1/criteria-sets/" + key + "/versions/2"))
                .body("version", is(2));
        given().auth().oauth2(TestTokens.certifier()).when().get(SETS + "/" + key + "/versions/1").then()
                .statusCode(200).body("criteria[0].threshold", is("1.9"));
        given().auth().oauth2(TestTokens.certifier()).when().get(SETS + "/" + key + "/versions/2").then()
                .statusCode(200).body("criteria[0].threshold", is("1.5"));
        given().auth().oauth2(TestTokens.certifier()).when().get(SETS + "/" + key + "/versions/3").then()
                .statusCode(404);
    }

    @Test
    void versionsCannotBeChangedOrDeleted() throws SQLException {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(newSet("x", "1"))
                .when().put(SETS + "/low-carbon-copper-rod/versions/1").then().statusCode(405);
        given().auth().oauth2(TestTokens.admin())
                .when().delete(SETS + "/low-carbon-copper-rod/versions/1").then().statusCode(405);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "update criteria_set set title = 'changed' where key = 'low-carbon-copper-rod'"));
            assertTrue(update.getMessage().contains("immutable"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "delete from energy_benchmark"));
            assertTrue(delete.getMessage().contains("reference data"), delete.getMessage());
        }
        given().auth().oauth2(TestTokens.certifier()).when().get(SETS + "/low-carbon-copper-rod/versions/1")
                .then().statusCode(200).body("title", is("Low-carbon copper rod"));
    }

    @Test
    void onlyAdminsPublish() {
        publish(TestTokens.certifier(), newSet("by-certifier", "1")).statusCode(403).body("code", is("FORBIDDEN"));
        publish(TestTokens.supplier(UUID.randomUUID()), newSet("by-supplier", "1")).statusCode(403);
        publish(TestTokens.buyer(), newSet("by-buyer", "1")).statusCode(403);
    }

    @Test
    void invalidCriteriaAreNamedFieldByField() {
        Map<String, Object> bad = Map.of("key", "Bad Key", "product", "copper.rod", "title", "t",
                "criteria", List.of(Map.of("criterion", "footprint", "metric", "kgCo2ePerKg", "comparison", "at-most",
                        "threshold", "2"), Map.of("criterion", "energy", "metric", "smeltingEnergyIntensity",
                        "comparison", "at-most", "benchmark", "no-such-benchmark")));
        publish(TestTokens.admin(), bad).statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("key"));
        Map<String, Object> badCriteria = Map.of("key", "bad-criteria", "product", "copper.rod", "title", "t",
                "criteria", bad.get("criteria"));
        publish(TestTokens.admin(), badCriteria).statusCode(400)
                .body("violations.field", is(List.of("criteria[0].source", "criteria[0].status",
                        "criteria[1].benchmark")));
        given().auth().oauth2(TestTokens.admin()).when().get(SETS + "/bad-criteria/versions/1").then().statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse publish(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(SETS).then();
    }

    private static Map<String, Object> newSet(String key, String threshold) {
        return Map.of("key", key, "product", "copper.rod", "title", "Test set",
                "criteria", List.of(Map.of("criterion", "footprint", "metric", "kgCo2ePerKg", "comparison", "at-most",
                        "threshold", threshold, "source", "test", "status", "P")));
    }
}
