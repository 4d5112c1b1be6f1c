package org.copperpcf.footprint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.inventory.InventoryDocument;
import org.copperpcf.contracts.inventory.InventoryPublished;
import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Footprints computed from what arrived over Kafka (the real seed factor release and default models), stored as
 * immutable versions with lineage, and recalculated into a new version when an input changes.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FootprintTest {
    private static final String FOOTPRINTS = "/api/v1/footprints";
    private static final Duration PATIENCE = SeededReplicas.PATIENCE;
    private static final InventoryDocument MODELS = SeededReplicas.MODELS;

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @BeforeEach
    void seedsReplicated() {
        SeededReplicas.replicate(broker);
    }

    @Test
    void aTemplateFootprintIsComputedWithBreakdownsAndTheExactInputsItUsed() {
        JsonPath created = given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"template\":\"rod.cast-and-roll.cn\",\"factorRelease\":\"CN-2025.1\"}")
                .when().post(FOOTPRINTS)
                .then().statusCode(201).header("Location", notNullValue())
                .body("version", is(1)).body("status", is("current")).body("product", is("copper.rod"))
                .body("declaredUnit", is("1 kg"))
                .body("lineage.template.key", is("rod.cast-and-roll.cn"))
                .body("lineage.processes", hasSize(8))
                .body("lineage.processes.contentHash", hasItem(startsWith("sha256:")))
                .body("lineage.factorRelease.key", is("CN-2025.1"))
                .body("lineage.parameters.secondaryCathodeShare", is("0.33"))
                .extract().jsonPath();
        assertEquals(3.18, new BigDecimal(created.getString("kgCo2e")).doubleValue(), 0.005);
        BigDecimal stages = created.getMap("breakdown.byStage", String.class, String.class).values().stream()
                .map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(created.getDouble("kgCo2e"), stages.doubleValue(), 1e-6);

        String id = created.getString("footprintId");
        given().auth().oauth2(TestTokens.buyer()).when().get(FOOTPRINTS + "/" + id)
                .then().statusCode(200).body("resultHash", is(created.getString("resultHash")));
        given().auth().oauth2(TestTokens.admin()).when().post(FOOTPRINTS + "/" + id + "/recalculate")
                .then().statusCode(200).body("version", is(1));
    }

    @Test
    void aNewProcessVersionIsRecalculatedAutomaticallyIntoASuccessorThatNamesIt() {
        String id = given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"template\":\"tube.extrusion.cn\",\"factorRelease\":\"CN-2025.1\","
                        + "\"parameters\":{\"purchasedScrapShare\":\"0.3\"}}")
                .when().post(FOOTPRINTS).then().statusCode(201).extract().path("footprintId");
        String before = given().auth().oauth2(TestTokens.buyer()).when().get(FOOTPRINTS + "/" + id)
                .then().extract().path("kgCo2e");

        ProcessModel mill = MODELS.processes().stream().filter(p -> p.key().equals("tube.extrusion.cn")).findFirst()
                .orElseThrow();
        ProcessModel greener = new ProcessModel(mill.key(), mill.nameEn(), mill.nameZh(), mill.route(), mill.stage(),
                mill.geography(), mill.referencePeriod(), mill.referenceProduct(), mill.description(), mill.dataset(),
                mill.factorRelease(), mill.exchanges().stream().map(e -> "electricity.footprint.cn.2024"
                        .equals(e.factorKey()) ? e.withAmount(new BigDecimal("900")) : e).toList());
        UUID v2 = SeededReplicas.versionId("process", mill.key(), 2);
        SeededReplicas.announce(new TopicProbe(broker.bootstrapServers()), new InventoryPublished(v2, InventoryPublished.PROCESS,
                mill.key(), 2, Instant.now(), EventJson.contentHash(greener), List.of(), greener, null));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .when().get("/api/v1/replica/inventories/process/tube.extrusion.cn/versions/2").then().statusCode(200));

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.buyer())
                .when().get(FOOTPRINTS + "/" + id).then().body("version", is(2)));
        JsonPath successor = given().auth().oauth2(TestTokens.buyer()).when().get(FOOTPRINTS + "/" + id)
                .then().extract().jsonPath();
        assertEquals("recalculated: process tube.extrusion.cn has a new version", successor.getString("reason"));
        given().auth().oauth2(TestTokens.admin()).when().post(FOOTPRINTS + "/" + id + "/recalculate")
                .then().statusCode(200).body("version", is(2));
        assertEquals(2, (int) successor.get("lineage.processes.find { it.key == 'tube.extrusion.cn' }.version"));
        assertEquals(v2.toString(), successor.getString("lineage.processes.find { it.key == 'tube.extrusion.cn' }.id"));
        assertTrue(new BigDecimal(successor.getString("kgCo2e")).compareTo(new BigDecimal(before)) < 0);
        // 250 kWh less per t of tube at 0.5777 kg CO2e/kWh
        assertEquals(0.1444, new BigDecimal(before).subtract(new BigDecimal(successor.getString("kgCo2e")))
                .doubleValue(), 0.0005);

        List<String> statuses = given().auth().oauth2(TestTokens.certifier()).when().get(FOOTPRINTS + "/" + id
                + "/versions").then().statusCode(200).extract().jsonPath().getList("status");
        assertEquals(List.of("deprecated", "current"), statuses);
        assertNotEquals(null, successor.getString("predecessorId"));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("update footprint_version set total = 0 where footprint_id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate()), "versions are immutable in the database");
    }

    @Test
    void badSpecificationsAreNamedAndNothingIsStored() {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"template\":\"rod.unknown.cn\"}").when().post(FOOTPRINTS)
                .then().statusCode(400).body("violations[0].field", is("template"));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"template\":\"rod.cast-and-roll.cn\",\"factorRelease\":\"CN-2025.1\","
                        + "\"parameters\":{\"secondaryCathodeShare\":\"2\"}}")
                .when().post(FOOTPRINTS)
                .then().statusCode(400).body("violations[0].field", is("secondaryCathodeShare"));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"template\":\"rod.cast-and-roll.cn\",\"factorRelease\":\"XX-1999\"}").when().post(FOOTPRINTS)
                .then().statusCode(400).body("violations[0].field", is("factorRelease"));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"template\":\"rod.cast-and-roll.cn\",\"factorRelease\":\"CN-2025.1\",\"gwpSet\":\"AR9\"}")
                .when().post(FOOTPRINTS)
                .then().statusCode(400).body("violations[0].field", is("gwpSet"));
        given().auth().oauth2(TestTokens.buyer()).contentType("application/json")
                .body("{\"template\":\"rod.cast-and-roll.cn\"}").when().post(FOOTPRINTS).then().statusCode(403);
        given().auth().oauth2(TestTokens.supplier(UUID.randomUUID())).when().get(FOOTPRINTS).then().statusCode(403);
        given().auth().oauth2(TestTokens.buyer()).when().get(FOOTPRINTS + "/" + UUID.randomUUID())
                .then().statusCode(404);
    }
}
