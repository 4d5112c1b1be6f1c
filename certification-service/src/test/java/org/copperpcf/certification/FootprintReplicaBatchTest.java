package org.copperpcf.certification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The replica takes a poll's records per transaction (kit {@code EventInbox.receiveAll}): a record that is not a
 * CloudEvent goes to the dead-letter topic without holding back its neighbours, and a redelivered event in the same
 * poll changes nothing.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FootprintReplicaBatchTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @Test
    void anUnreadableRecordIsDeadLetteredAndItsNeighboursAreApplied() {
        TopicProbe topic = new TopicProbe(broker.bootstrapServers());
        FootprintPublished before = Footprints.rod("1.8", "30", "40", "60", "2", null);
        FootprintPublished after = Footprints.rod("1.9", "30", "40", "60", "2", null);
        CloudEvent first = CloudEvent.create(EventTypes.FOOTPRINT_PUBLISHED, "/footprint-service",
                before.footprintId().toString(), before);
        String unreadable = "{\"not\":\"a cloud event " + before.versionId() + "\"}";

        topic.send(Topics.FOOTPRINTS, before.footprintId().toString(), EventJson.write(first));
        topic.send(Topics.FOOTPRINTS, before.footprintId().toString(), unreadable);
        topic.send(Topics.FOOTPRINTS, before.footprintId().toString(), EventJson.write(first));
        Footprints.send(broker.bootstrapServers(), after);

        for (FootprintPublished footprint : List.of(before, after)) {
            await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                    .when().get("/api/v1/replica/footprints/" + footprint.versionId())
                    .then().statusCode(200).body("kgCo2e", is(footprint.kgCo2e().toPlainString())));
        }
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(1L,
                topic.readAll(Topics.FOOTPRINTS.deadLetters()).stream()
                        .filter(record -> record.value().equals(unreadable)).count()));
    }
}
