package org.copperpcf.footprint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.contracts.supplier.DisclosureAccepted.Certificate;
import org.copperpcf.contracts.supplier.DisclosureAccepted.Facility;
import org.copperpcf.contracts.supplier.DisclosureAccepted.Line;
import org.copperpcf.contracts.supplier.DisclosureAccepted.Quantity;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Issue 6's acceptance: emptying the replica tables and replaying the topics from the beginning, then recalculating,
 * gives the same result hashes; and nothing is scheduled for recalculation while the replicas are half-filled.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ReplicaRebuildTest {
    private static final String FOOTPRINTS = "/api/v1/footprints";
    private static final String REBUILD = "/api/v1/replica/rebuild";
    /** Replica tables with a received-events counter, and the child tables counted with them. */
    private static final List<String> COUNTED = List.of("replica_factor_release", "replica_inventory",
            "replica_disclosure", "replica_supplier_footprint");
    private static final List<String> CHILDREN = List.of("replica_factor", "replica_disclosure_line",
            "replica_disclosure_certificate");
    private static final LocalDate START = LocalDate.parse("2025-01-01");

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @Test
    @SuppressWarnings("unchecked")
    void emptyingTheReplicasAndReplayingTheTopicsGivesTheSameResultHashes() {
        SeededReplicas.replicate(broker);
        UUID rodMill = UUID.randomUUID();
        accept(rodMill);
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String body : List.of(
                "{\"template\":\"rod.cast-and-roll.cn\",\"factorRelease\":\"CN-2025.1\"}",
                "{\"template\":\"rod.cast-and-roll.cn\",\"factorRelease\":\"CN-2025.1\","
                        + "\"parameters\":{\"electricityProvince\":\"CN-YN\"}}",
                "{\"template\":\"tube.cast-and-roll.cn\",\"factorRelease\":\"CN-2025.1\","
                        + "\"parameters\":{\"purchasedScrapShare\":\"0.2\",\"electricityProvince\":\"CN-JX\"}}",
                ("{\"template\":\"rod.cast-and-roll.cn\",\"factorRelease\":\"CN-2025.1\","
                        + "\"producer\":{\"supplierId\":\"%s\"},\"electricityMethod\":\"market_based\"}")
                        .formatted(rodMill))) {
            JsonPath created = given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body)
                    .when().post(FOOTPRINTS).then().statusCode(201).extract().jsonPath();
            hashes.put(created.getString("footprintId"), created.getString("resultHash"));
        }
        assertEquals(4, hashes.values().stream().distinct().count(), "four different footprints");
        JsonPath supplied = current(hashes.keySet().stream().toList().get(3));
        assertEquals(rodMill.toString(), supplied.getString("lineage.supplierData[0].supplierId"));
        for (var topic : List.of(Topics.FACTOR_RELEASES, Topics.INVENTORIES, Topics.DISCLOSURES,
                Topics.SUPPLIER_FOOTPRINTS, Topics.EVIDENCE)) {
            new TopicProbe(broker.bootstrapServers()).awaitConsumed("footprint-service", topic,
                    SeededReplicas.PATIENCE);
        }
        await().atMost(SeededReplicas.PATIENCE).until(() -> count("recalculation_request") == 0);
        Map<String, Long> rowsBefore = rows();
        Map<String, Long> receivedBefore = receivedEvents();
        long versionsBefore = count("footprint_version");

        JsonPath started = given().auth().oauth2(TestTokens.admin()).when().post(REBUILD).then().statusCode(202)
                .header("Location", endsWith(REBUILD)).body("state", is("running")).extract().jsonPath();
        assertEquals(5, started.getList("topics").size());
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"template\":\"rod.cast-and-roll.cn\",\"factorRelease\":\"CN-2025.1\"}")
                .when().post(FOOTPRINTS).then().statusCode(409).body("code", is("REPLICAS_REBUILDING"));
        JsonPath done = await().atMost(SeededReplicas.PATIENCE).until(() -> {
            assertEquals(0, count("recalculation_request"), "nothing is scheduled during a rebuild");
            return given().auth().oauth2(TestTokens.admin()).when().get(REBUILD).then().statusCode(200)
                    .extract().jsonPath();
        }, status -> !status.getString("state").equals("running"));

        assertEquals("done", done.getString("state"), "failure: " + done.getString("failure"));
        for (Map<String, Object> topic : done.<Map<String, Object>>getList("topics")) {
            for (Map<String, Object> partition : (List<Map<String, Object>>) topic.get("partitions")) {
                assertTrue(((Number) partition.get("position")).longValue()
                        >= ((Number) partition.get("endOffset")).longValue(), "caught up: " + topic);
            }
        }
        for (String table : rowsBefore.keySet()) {
            assertEquals(rowsBefore.get(table).longValue(), done.getLong("emptiedRows." + table), table + " emptied");
        }
        assertTrue(done.getLong("emptiedRows.processed_event") >= rowsBefore.get("replica_inventory"));
        assertEquals(rowsBefore, rows(), "every replica refilled");
        assertEquals(receivedBefore, receivedEvents(), "each event on the topics applied once more");
        assertEquals(0, count("recalculation_request"), "nothing scheduled by the replay");

        for (Map.Entry<String, String> footprint : hashes.entrySet()) {
            given().auth().oauth2(TestTokens.admin()).when().post(FOOTPRINTS + "/" + footprint.getKey()
                            + "/recalculate").then().statusCode(200).body("version", is(1))
                    .body("resultHash", is(footprint.getValue()));
        }
        given().auth().oauth2(TestTokens.admin()).when().post(FOOTPRINTS + "/recalculate-all").then()
                .statusCode(200).body("changed", is(0));
        assertEquals(versionsBefore, count("footprint_version"), "no new version");
    }

    @Test
    void onlyAdminsRebuild() {
        given().auth().oauth2(TestTokens.buyer()).when().post(REBUILD).then().statusCode(403);
        given().auth().oauth2(TestTokens.certifier()).when().get(REBUILD).then().statusCode(403);
        given().auth().oauth2(TestTokens.buyer()).when().post(FOOTPRINTS + "/recalculate-all").then()
                .statusCode(403);
    }

    private void accept(UUID supplier) {
        UUID id = UUID.randomUUID();
        DisclosureAccepted disclosure = new DisclosureAccepted(id, 1, DisclosureAccepted.ACCEPTED, id, 1, null, null,
                supplier, List.of("urn:pact:copperpcf.org:company-id:demo"), new Facility(UUID.randomUUID(),
                "Rod mill", "CN-JS", "CN-EAST"), "ROD_CAST_ROLL", START, START.plusYears(1), "rod",
                new Quantity(new BigDecimal("100000"), "t"), List.of(
                        line(1, "energy", "electricity", "10000", "MWh"),
                        line(2, "material", "cathode", "100300", "t")),
                List.of(), List.of(new Certificate("GEC-2025-JS-9", new BigDecimal("4000"), 2025, "wind", null)),
                List.of(), List.of(), Instant.now(), "reviewer", null);
        SeededReplicas.send(new TopicProbe(broker.bootstrapServers()), EventTypes.DISCLOSURE_ACCEPTED,
                "/supplier-service", id, disclosure);
        await().atMost(SeededReplicas.PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .when().get("/api/v1/replica/disclosures/" + id).then().statusCode(200));
    }

    private static Line line(int no, String category, String item, String amount, String unit) {
        return new Line(no, category, item, new BigDecimal(amount), unit, null, null, "primary",
                new DisclosureAccepted.Pedigree(1, 1, 1, 1, 1), List.of(), null);
    }

    private static JsonPath current(String id) {
        return given().auth().oauth2(TestTokens.buyer()).when().get(FOOTPRINTS + "/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        COUNTED.forEach(table -> rows.put(table, count(table)));
        CHILDREN.forEach(table -> rows.put(table, count(table)));
        return rows;
    }

    private static Map<String, Long> receivedEvents() {
        Map<String, Long> received = new LinkedHashMap<>();
        COUNTED.forEach(table -> received.put(table, QuarkusTransaction.requiringNew().call(() -> ((Number) Panache
                .getEntityManager().createNativeQuery("select coalesce(sum(received_events), 0) from " + table)
                .getSingleResult()).longValue())));
        return received;
    }

    private static long count(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }
}
