package org.copperpcf.footprint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.footprint.replica.ReplicaChanged;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DisclosureReplicaTest {
    private static final String REPLICA = "/api/v1/replica/disclosures/";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @Inject
    ReplicaChangeRecorder changes;

    @Test
    void anAcceptedDisclosureReachesTheReplicaWithItsLinesAndCertificates() {
        DisclosureAccepted disclosure = disclosure(UUID.randomUUID(), 1, DisclosureAccepted.ACCEPTED, "38000.5");
        send(disclosure);

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.certifier())
                .when().get(REPLICA + disclosure.disclosureId())
                .then().statusCode(200)
                .body("status", is("accepted"))
                .body("lines[0].amount", is("38000.5"))
                .body("lines[1].scrapKind", is("post_consumer"))
                .body("certificates[0].certificateId", is("GEC-1"))
                .body("evidenceSha256[0]", is("a".repeat(64)))
                .body("provinceCode", is("CN-JX")));
        assertEquals(List.of(new ReplicaChanged(ReplicaChanged.DISCLOSURE, disclosure.disclosureId().toString(),
                disclosure.supplierId())), changes.of(ReplicaChanged.DISCLOSURE, disclosure.disclosureId().toString()));
    }

    @Test
    void laterStatesApplyAndOlderVersionsAreIgnored() {
        UUID id = UUID.randomUUID();
        send(disclosure(id, 3, DisclosureAccepted.SUPERSEDED, "2"));
        send(disclosure(id, 2, DisclosureAccepted.ACCEPTED, "1"));
        new TopicProbe(broker.bootstrapServers()).awaitConsumed("footprint-service", Topics.DISCLOSURES, PATIENCE);
        given().auth().oauth2(TestTokens.admin()).when().get(REPLICA + id)
                .then().statusCode(200).body("version", is(3)).body("status", is("superseded"))
                .body("receivedEvents", is(2)).body("lines[0].amount", is("2"));

        send(disclosure(id, 4, DisclosureAccepted.WITHDRAWN, "2"));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .when().get(REPLICA + id).then().body("status", is("withdrawn")).body("version", is(4)));
        assertEquals(2, changes.of(ReplicaChanged.DISCLOSURE, id.toString()).size(),
                "fired for the insert and the withdrawal, not for the stale event");
    }

    @Test
    void onlyAdminsAndCertifiersReadIt() {
        given().auth().oauth2(TestTokens.supplier(UUID.randomUUID())).when().get(REPLICA).then().statusCode(403);
        given().auth().oauth2(TestTokens.buyer()).when().get(REPLICA).then().statusCode(403);
        given().auth().oauth2(TestTokens.certifier()).when().get(REPLICA + UUID.randomUUID()).then().statusCode(404);
    }

    private void send(DisclosureAccepted disclosure) {
        CloudEvent event = CloudEvent.create(EventTypes.DISCLOSURE_ACCEPTED, "/supplier-service",
                disclosure.disclosureId().toString(), disclosure);
        new TopicProbe(broker.bootstrapServers()).send(Topics.DISCLOSURES, event.subject(), EventJson.write(event));
    }

    private static DisclosureAccepted disclosure(UUID id, long version, String status, String electricity) {
        UUID evidence = UUID.randomUUID();
        return new DisclosureAccepted(id, version, status, id, 1, null, null, UUID.randomUUID(),
                List.of("urn:pact:copperpcf.org:company-id:91350100M000100Y43"),
                new DisclosureAccepted.Facility(UUID.randomUUID(), "Guixi smelter", "CN-JX", "CN-CENTRAL"),
                "ELECTROREFINING", LocalDate.parse("2025-01-01"), LocalDate.parse("2026-01-01"), "cathode",
                new DisclosureAccepted.Quantity(new BigDecimal("100000"), "t"),
                List.of(new DisclosureAccepted.Line(1, "energy", "electricity", new BigDecimal(electricity), "MWh",
                                null, null, "primary", null, List.of(evidence), null),
                        new DisclosureAccepted.Line(2, "scrap", "copper_scrap", new BigDecimal("8000"), "t",
                                "post_consumer", null, "primary", null, List.of(), null)),
                List.of(), List.of(new DisclosureAccepted.Certificate("GEC-1", new BigDecimal("1000"), 2025, "wind",
                        evidence)),
                List.of(new DisclosureAccepted.Evidence(evidence, "bill.pdf", "application/pdf", 100, "a".repeat(64))),
                List.of(), Instant.parse("2026-03-05T10:15:29.412Z"), "reviewer", null);
    }
}
