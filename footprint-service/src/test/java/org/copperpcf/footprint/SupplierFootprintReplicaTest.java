package org.copperpcf.footprint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.supplier.SupplierFootprintReceived;
import org.copperpcf.footprint.replica.ReplicaChanged;
import org.copperpcf.footprint.replica.ReplicatedSupplierFootprint;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SupplierFootprintReplicaTest {
    private static final String REPLICA = "/api/v1/replica/supplier-footprints/";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @Inject
    ReplicaChangeRecorder changes;

    @Test
    void aPushedFootprintReachesTheReplicaWithItsDocument() {
        UUID supplier = UUID.randomUUID();
        SupplierFootprintReceived footprint = footprint(UUID.randomUUID(), 0, SupplierFootprintReceived.ACTIVE,
                supplier, "cathode", "3.850", "2026-01-01T00:00:00Z");
        send(event(footprint));

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.certifier())
                .when().get(REPLICA + footprint.pfId())
                .then().statusCode(200)
                .body("status", is("Active"))
                .body("product", is("cathode"))
                .body("pcfExcludingBiogenicUptake", is("3.850"))
                .body("primaryDataShare", is("56.12"))
                .body("geography", is("CN-JX"))
                .body("declaredUnit", is("kilogram"))
                .body("document.pcf.pcfExcludingBiogenicUptake", is("3.850"))
                .body("document.extensions[0].data.purity", is(99.99350f))
                .body("receivedEvents", is(1)));
        assertEquals(List.of(new ReplicaChanged(ReplicaChanged.SUPPLIER_FOOTPRINT, footprint.pfId().toString(),
                supplier)), changes.of(ReplicaChanged.SUPPLIER_FOOTPRINT, footprint.pfId().toString()));
    }

    @Test
    void aDuplicateDeliveryIsAppliedOnceAndAStaleVersionIsIgnored() {
        UUID id = UUID.randomUUID();
        UUID supplier = UUID.randomUUID();
        CloudEvent active = event(footprint(id, 0, SupplierFootprintReceived.ACTIVE, supplier, "rod", "4.1",
                "2026-01-01T00:00:00Z"));
        send(active);
        send(active);
        send(event(footprint(id, 1, SupplierFootprintReceived.DEPRECATED, supplier, "rod", "4.1",
                "2026-01-01T00:00:00Z")));
        new TopicProbe(broker.bootstrapServers()).awaitConsumed("footprint-service", Topics.SUPPLIER_FOOTPRINTS,
                PATIENCE);
        given().auth().oauth2(TestTokens.admin()).when().get(REPLICA + id)
                .then().statusCode(200).body("version", is(1)).body("status", is("Deprecated"))
                .body("receivedEvents", is(2));

        send(event(footprint(id, 0, SupplierFootprintReceived.ACTIVE, supplier, "rod", "9.9",
                "2026-01-01T00:00:00Z")));
        new TopicProbe(broker.bootstrapServers()).awaitConsumed("footprint-service", Topics.SUPPLIER_FOOTPRINTS,
                PATIENCE);
        given().auth().oauth2(TestTokens.admin()).when().get(REPLICA + id)
                .then().statusCode(200).body("version", is(1)).body("status", is("Deprecated"))
                .body("pcfExcludingBiogenicUptake", is("4.1")).body("receivedEvents", is(3));
        assertEquals(2, changes.of(ReplicaChanged.SUPPLIER_FOOTPRINT, id.toString()).size(),
                "fired for the insert and the deprecation, not for the duplicate or the stale event");
    }

    @Test
    void latestForIsTheNewestActiveFootprintOfTheSupplierForTheProduct() {
        UUID supplier = UUID.randomUUID();
        SupplierFootprintReceived older = footprint(UUID.randomUUID(), 0, SupplierFootprintReceived.ACTIVE, supplier,
                "tube", "1.1", "2025-01-01T00:00:00Z");
        SupplierFootprintReceived newer = footprint(UUID.randomUUID(), 0, SupplierFootprintReceived.ACTIVE, supplier,
                "tube", "1.2", "2026-01-01T00:00:00Z");
        SupplierFootprintReceived deprecated = footprint(UUID.randomUUID(), 1, SupplierFootprintReceived.DEPRECATED,
                supplier, "tube", "1.3", "2027-01-01T00:00:00Z");
        SupplierFootprintReceived otherProduct = footprint(UUID.randomUUID(), 0, SupplierFootprintReceived.ACTIVE,
                supplier, "rod", "1.4", "2027-01-01T00:00:00Z");
        for (SupplierFootprintReceived f : List.of(older, newer, deprecated, otherProduct)) {
            send(event(f));
        }
        new TopicProbe(broker.bootstrapServers()).awaitConsumed("footprint-service", Topics.SUPPLIER_FOOTPRINTS,
                PATIENCE);

        Optional<UUID> latest = QuarkusTransaction.requiringNew().call(() -> ReplicatedSupplierFootprint
                .latestFor(supplier, "tube").map(f -> f.pfId));
        assertEquals(Optional.of(newer.pfId()), latest);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> ReplicatedSupplierFootprint
                .latestFor(supplier, "cathode").isEmpty()));
    }

    @Test
    void onlyAdminsAndCertifiersReadIt() {
        given().auth().oauth2(TestTokens.supplier(UUID.randomUUID())).when().get(REPLICA).then().statusCode(403);
        given().auth().oauth2(TestTokens.buyer()).when().get(REPLICA).then().statusCode(403);
        given().auth().oauth2(TestTokens.certifier()).when().get(REPLICA + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).when().get(REPLICA).then().statusCode(200);
    }

    private void send(CloudEvent event) {
        new TopicProbe(broker.bootstrapServers()).send(Topics.SUPPLIER_FOOTPRINTS, event.subject(),
                EventJson.write(event));
    }

    private static CloudEvent event(SupplierFootprintReceived footprint) {
        return CloudEvent.create(EventTypes.SUPPLIER_FOOTPRINT_RECEIVED, "/supplier-service",
                footprint.pfId().toString(), footprint);
    }

    private static SupplierFootprintReceived footprint(UUID id, long version, String status, UUID supplier,
                                                       String product, String pcf, String periodEnd) {
        Instant end = Instant.parse(periodEnd);
        return new SupplierFootprintReceived(id, version, supplier,
                List.of("urn:pact:copperpcf.org:company-id:91350100M000100Y43"), "Jiangxi Example Copper",
                List.of("urn:pact:copperpcf.org:product-id:" + product), "Copper " + product, product, status,
                List.of(), "kilogram", BigDecimal.ONE, BigDecimal.ONE, end.minus(Duration.ofDays(365)), end, "CN-JX",
                new BigDecimal(pcf), new BigDecimal(pcf), new BigDecimal(pcf), new BigDecimal("56.12"),
                Instant.parse("2026-03-02T09:00:00.118Z"), EventJson.readTree("""
                        {"id": "%s", "specVersion": "3.0.0", "status": "%s",
                         "extensions": [{"specVersion": "2.0.0", "dataSchema": "https://example.org/s.json",
                                         "data": {"purity": 99.99350}}],
                         "pcf": {"declaredUnitOfMeasurement": "kilogram", "pcfExcludingBiogenicUptake": "%s"}}"""
                        .formatted(id, status, pcf)));
    }
}
