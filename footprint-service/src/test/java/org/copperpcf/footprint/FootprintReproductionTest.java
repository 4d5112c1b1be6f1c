package org.copperpcf.footprint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.copperpcf.contracts.factor.FactorReleasePublished;
import org.copperpcf.contracts.factor.ReleasedFactor;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.SeedFiles;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A footprint following the latest factor release gets a new version when a release changes a factor it uses; its
 * first version still reproduces to the stored hash, and as-of reads find each version and its inputs by time.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FootprintReproductionTest {
    private static final String FOOTPRINTS = "/api/v1/footprints/";
    private static final String GRID = "electricity.grid.cn-gd.2023";

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @Test
    void theFirstVersionReproducesAfterANewReleaseAndAsOfReadsFindEachVersionWithItsInputs() {
        SeededReplicas.replicate(broker);
        FactorReleasePublished seed = SeedFiles.factorRelease();
        String base = "CN-2026.repro-" + UUID.randomUUID();
        SeededReplicas.release(broker, base, seed.factors());
        String id = given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"template\":\"rod.cast-and-roll.cn\",\"factorRelease\":\"latest\","
                        + "\"parameters\":{\"electricityProvince\":\"CN-GD\"}}")
                .when().post(FOOTPRINTS).then().statusCode(201).body("lineage.factorRelease.key", is(base))
                .extract().path("footprintId");
        JsonPath v1 = current(id);
        ReleasedFactor grid = seed.factors().stream().filter(f -> f.key().equals(GRID)).findFirst().orElseThrow();

        List<ReleasedFactor> revised = new ArrayList<>();
        seed.factors().forEach(f -> revised.add(f.key().equals(GRID) ? halved(f) : f));
        SeededReplicas.release(broker, "CN-2026.repro-revised-" + UUID.randomUUID(), revised);
        JsonPath v2 = await().atMost(SeededReplicas.PATIENCE).until(() -> current(id),
                json -> json.getInt("version") == 2);
        assertNotEquals(v1.getString("resultHash"), v2.getString("resultHash"));

        JsonPath reproduced = given().auth().oauth2(TestTokens.certifier())
                .when().post(FOOTPRINTS + id + "/versions/1/reproduce")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(reproduced.getBoolean("identical"));
        assertEquals(v1.getString("resultHash"), reproduced.getString("storedResultHash"));
        assertEquals(v1.getString("resultHash"), reproduced.getString("reproducedResultHash"));
        assertEquals(v1.getString("inputsHash"), reproduced.getString("reproducedInputsHash"));
        assertEquals(v1.getString("kgCo2e"), reproduced.getString("reproducedKgCo2e"));
        assertEquals(base, reproduced.getString("lineage.factorRelease.key"));

        Instant first = Instant.parse(v1.getString("calculatedAt"));
        Instant second = Instant.parse(v2.getString("calculatedAt"));
        Instant between = first.plus(Duration.between(first, second).dividedBy(2));
        asOf(id, between.toString()).statusCode(200).body("version", is(1))
                .body("resultHash", is(v1.getString("resultHash")));
        asOf(id, second.plusMillis(1).toString()).statusCode(200).body("version", is(2));
        asOf(id, "2000-01-01").statusCode(404).body("code", is("NOT_FOUND"));
        asOf(id, "yesterday").statusCode(400).body("violations[0].field", is("at"));

        JsonPath inputs = given().auth().oauth2(TestTokens.buyer()).queryParam("at", between.toString())
                .when().get(FOOTPRINTS + id + "/inputs").then().statusCode(200).extract().jsonPath();
        assertEquals(1, inputs.getInt("version"));
        assertEquals(base, inputs.getString("factorRelease.name"));
        assertEquals("rod.cast-and-roll.cn", inputs.getString("template.key"));
        assertEquals(0, grid.co2ePerUnit().compareTo(new BigDecimal(inputs.getString(
                "factorRelease.factors.find { it.key == '" + GRID + "' }.value"))), "v1's value of the grid factor");
        assertEquals(grid.unit(), inputs.getString("factorRelease.factors.find { it.key == '" + GRID + "' }.unit"));
        given().auth().oauth2(TestTokens.buyer()).queryParam("at", "2026-13-01")
                .when().get(FOOTPRINTS + id + "/inputs").then().statusCode(400)
                .body("violations[0].field", is("at"));

        // 'latest' back at the seed's values, so footprints of other tests see no change from this one
        SeededReplicas.release(broker, "CN-2026.repro-restored-" + UUID.randomUUID(), seed.factors());
        await().atMost(SeededReplicas.PATIENCE).until(() -> current(id).getInt("version") == 3);
    }

    @Test
    void unknownFootprintsAndVersionsAreNotFound() {
        given().auth().oauth2(TestTokens.certifier()).when()
                .post(FOOTPRINTS + UUID.randomUUID() + "/versions/1/reproduce").then().statusCode(404);
        given().auth().oauth2(TestTokens.certifier()).queryParam("at", "2026-01-01")
                .when().get(FOOTPRINTS + UUID.randomUUID() + "/as-of").then().statusCode(404);
    }

    private io.restassured.response.ValidatableResponse asOf(String id, String at) {
        return given().auth().oauth2(TestTokens.buyer()).queryParam("at", at)
                .when().get(FOOTPRINTS + id + "/as-of").then();
    }

    private static JsonPath current(String id) {
        return given().auth().oauth2(TestTokens.buyer()).when().get(FOOTPRINTS + id).then().statusCode(200)
                .extract().jsonPath();
    }

    private static ReleasedFactor halved(ReleasedFactor f) {
        return new ReleasedFactor(f.key(), f.name(), f.unit(), f.co2ePerUnit().divide(BigDecimal.TWO), f.source(),
                f.nameZh(), f.category(), f.gasBasis(), null, f.geography(), f.gridRegion(), f.referenceYear(),
                f.validFrom(), f.validTo(), f.boundary(), f.method(), f.status(), f.dataQuality(), f.uncertaintyGsd(),
                f.licence(), f.redistributable());
    }
}
