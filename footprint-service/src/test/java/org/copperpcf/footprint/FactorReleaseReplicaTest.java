package org.copperpcf.footprint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.factor.FactorReleasePublished;
import org.copperpcf.contracts.factor.FactorSource;
import org.copperpcf.contracts.factor.ReleasedFactor;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.copperpcf.infra.TopicProbe;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FactorReleaseReplicaTest {
    private static final String REPLICA = "/api/v1/replica/factor-releases/";
    private static final String GROUP = "footprint-service";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @Test
    void aPublishedReleaseReachesTheReplica() {
        FactorReleasePublished release = release(UUID.randomUUID(), "REPLICA", 0, "0.5366");
        send(event(release));

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.buyer())
                .when().get(REPLICA + release.name())
                .then().statusCode(200)
                .body("version", is(0))
                .body("receivedEvents", is(1))
                .body("factors[0].co2ePerUnit", is("0.5366"))
                .body("factors[0].sourcePublisher", is("MEE/NBS")));
        Object keptWhole = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createNativeQuery("select content #>> '{factors,0,co2ePerUnit}' from replica_factor_release "
                        + "where release_id = ?1").setParameter(1, release.releaseId()).getSingleResult());
        assertEquals("0.5366", keptWhole, "the release is kept as the event carried it");
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() {
        FactorReleasePublished release = release(UUID.randomUUID(), "TWICE", 0, "1.0");
        CloudEvent event = event(release);
        send(event);
        send(event);
        probe().awaitConsumed(GROUP, Topics.FACTOR_RELEASES, PATIENCE);

        given().auth().oauth2(TestTokens.buyer()).when().get(REPLICA + release.name())
                .then().statusCode(200)
                .body("receivedEvents", is(1))
                .body("lastEventId", is(event.id().toString()));
    }

    @Test
    void anOlderVersionNeverOverwritesANewerOne() {
        UUID id = UUID.randomUUID();
        send(event(release(id, "VERSIONS", 2, "2.0")));
        send(event(release(id, "VERSIONS", 1, "1.0")));
        probe().awaitConsumed(GROUP, Topics.FACTOR_RELEASES, PATIENCE);

        given().auth().oauth2(TestTokens.buyer()).when().get(REPLICA + "VERSIONS-" + id)
                .then().statusCode(200)
                .body("version", is(2))
                .body("receivedEvents", is(2))
                .body("factors[0].co2ePerUnit", is("2.0"));

        send(event(release(id, "VERSIONS", 3, "3.0")));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.buyer())
                .when().get(REPLICA + "VERSIONS-" + id)
                .then().body("version", is(3)).body("factors[0].co2ePerUnit", is("3.0")));
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndTheNextOneIsStillApplied() {
        String garbage = "{\"specversion\": \"1.0\", \"note\": \"no id, no type\"}";
        probe().send(Topics.FACTOR_RELEASES, "garbage-" + UUID.randomUUID(), garbage);
        FactorReleasePublished after = release(UUID.randomUUID(), "AFTER-GARBAGE", 0, "4.0");
        send(event(after));

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.buyer())
                .when().get(REPLICA + after.name()).then().statusCode(200));
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> dead = probe().readAll(Topics.FACTOR_RELEASES.deadLetters());
            ConsumerRecord<String, String> parked = dead.stream().filter(r -> garbage.equals(r.value()))
                    .findFirst().orElseThrow(() -> new AssertionError("not on the dead-letter topic yet"));
            String reason = new String(parked.headers().lastHeader("dead-letter-reason").value(),
                    StandardCharsets.UTF_8);
            assertTrue(reason.contains("CloudEvent needs id, source and type"), reason);
        });
    }

    @Test
    void onlyBuyersCertifiersAndAdminsReadTheReplica() {
        given().when().get(REPLICA).then().statusCode(401).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(TestTokens.supplier(UUID.randomUUID())).when().get(REPLICA)
                .then().statusCode(403).body("code", is("FORBIDDEN"));
        for (String token : List.of(TestTokens.buyer(), TestTokens.certifier(), TestTokens.admin())) {
            given().auth().oauth2(token).when().get(REPLICA).then().statusCode(200);
        }
        given().auth().oauth2(TestTokens.buyer()).when().get(REPLICA + "never-published")
                .then().statusCode(404).body("code", is("NOT_FOUND"));
    }

    private TopicProbe probe() {
        return new TopicProbe(broker.bootstrapServers());
    }

    private void send(CloudEvent event) {
        probe().send(Topics.FACTOR_RELEASES, event.subject(), EventJson.write(event));
    }

    private static CloudEvent event(FactorReleasePublished release) {
        return CloudEvent.create(EventTypes.FACTOR_RELEASE_PUBLISHED, "/factor-service",
                release.releaseId().toString(), release);
    }

    private static FactorReleasePublished release(UUID id, String prefix, long version, String co2e) {
        String name = prefix + "-" + id;
        return new FactorReleasePublished(id, name, version, Instant.parse("2026-03-05T10:15:29.412Z"),
                List.of(new ReleasedFactor("electricity.grid.cn", "China grid", "kWh", new BigDecimal(co2e),
                        new FactorSource("MEE/NBS", "2024 No. 12", null))));
    }
}
