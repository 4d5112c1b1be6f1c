package org.copperpcf.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.stack.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/** A factor release created over REST reaches footprint-service's replica across processes, through Kafka. */
@ExtendWith(RunningStack.class)
class FactorReplicationIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void theSeedReleasePublishedOnFirstStartReachesTheFootprintReplica(LocalStack stack) {
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(RunningStack.token(stack, "certifier"))
                .when().get(stack.serviceUrl("footprint-service") + "/api/v1/replica/factor-releases/CN-2025.1")
                .then().statusCode(200)
                .body("factors.size()", greaterThan(150))
                .body("factors.find { it.key == 'electricity.grid.cn-jx.2023' }.co2ePerUnit", is("0.5836"))
                .body("factors.find { it.key == 'electricity.grid.cn-jx.2023' }.sourcePublisher", is("MEE/NBS")));
    }

    @Test
    void aFactorCreatedOverRestArrivesInTheFootprintReplica(LocalStack stack) {
        String name = "SYS-" + UUID.randomUUID();
        publish(stack, name, "0.5366");

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(RunningStack.token(stack, "buyer"))
                .when().get(stack.serviceUrl("footprint-service") + "/api/v1/replica/factor-releases/" + name)
                .then().statusCode(200)
                .body("factors[0].key", is("electricity.grid.cn-jx"))
                .body("factors[0].co2ePerUnit", is("0.5366"))
                .body("factors[0].sourceDocument", is("2024 No. 12"))
                .body("receivedEvents", is(1)));
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce(LocalStack stack) {
        String name = "TWICE-" + UUID.randomUUID();
        publish(stack, name, "1.25");
        awaitReplicated(stack, name);

        TopicProbe topics = new TopicProbe(stack.bootstrapServers());
        CloudEvent original = topics.events(Topics.FACTOR_RELEASES).stream()
                .filter(event -> event.dataAs(EventTypes.FACTOR_RELEASE_PUBLISHED).name().equals(name))
                .findFirst().orElseThrow();
        topics.send(Topics.FACTOR_RELEASES, original.subject(), EventJson.write(original));
        topics.awaitConsumed("footprint-service", Topics.FACTOR_RELEASES, PATIENCE);

        given().auth().oauth2(RunningStack.token(stack, "buyer"))
                .when().get(stack.serviceUrl("footprint-service") + "/api/v1/replica/factor-releases/" + name)
                .then().statusCode(200).body("receivedEvents", is(1)).body("lastEventId", is(original.id().toString()));
    }

    @Test
    void factorsCreatedWhileTheBrokerIsDownArriveExactlyOnceAfterItReturns(LocalStack stack) {
        EmbeddedKafkaBroker broker = stack.broker().orElseThrow();
        List<String> names = List.of("OUTAGE-1-" + UUID.randomUUID(), "OUTAGE-2-" + UUID.randomUUID(),
                "OUTAGE-3-" + UUID.randomUUID());
        String factorService = stack.serviceUrl("factor-service");
        broker.stop();
        try {
            names.forEach(name -> publish(stack, name, "0.25"));
            await().atMost(PATIENCE).untilAsserted(() -> given().when().get(factorService + "/q/health/ready")
                    .then().statusCode(503)
                    .body("checks.find { it.name == 'Kafka broker' }.status", is("DOWN"))
                    .body("checks.find { it.name == 'Outbox relay' }.data.pendingEvents", greaterThanOrEqualTo(names.size())));
        } finally {
            broker.start();
        }

        names.forEach(name -> awaitReplicated(stack, name));
        String buyer = RunningStack.token(stack, "buyer");
        for (String name : names) {
            given().auth().oauth2(buyer)
                    .when().get(stack.serviceUrl("footprint-service") + "/api/v1/replica/factor-releases/" + name)
                    .then().statusCode(200).body("receivedEvents", is(1));
        }
        List<CloudEvent> events = new TopicProbe(stack.bootstrapServers()).events(Topics.FACTOR_RELEASES);
        for (String name : names) {
            assertEquals(1, events.stream()
                    .filter(event -> event.dataAs(EventTypes.FACTOR_RELEASE_PUBLISHED).name().equals(name)).count(),
                    "events on the topic for " + name);
        }
        await().atMost(PATIENCE).untilAsserted(() -> given().when().get(factorService + "/q/health/ready")
                .then().statusCode(200));
    }

    /** A draft with one factor, published: the way an admin releases factors. */
    private static void publish(LocalStack stack, String name, String co2e) {
        String admin = RunningStack.token(stack, "admin");
        String releases = stack.serviceUrl("factor-service") + "/api/v1/factor-releases";
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"name\": \"" + name + "\"}")
                .when().post(releases).then().log().ifValidationFails().statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("""
                        {"key": "electricity.grid.cn-jx", "nameEn": "Jiangxi grid", "category": "electricity",
                         "activityUnit": "kWh", "gasBasis": "co2_only", "gases": {"co2": "%s"}, "geography": "CN-JX",
                         "boundary": "combustion", "method": "location_average",
                         "source": {"publisher": "MEE/NBS", "document": "2024 No. 12"}, "status": "verified",
                         "licence": "PRC government publication", "redistributable": true}""".formatted(co2e))
                .when().put(releases + "/" + name + "/factors/electricity.grid.cn-jx").then().log().ifValidationFails().statusCode(201);
        given().auth().oauth2(admin).when().post(releases + "/" + name + "/publish").then().statusCode(200);
    }

    private static void awaitReplicated(LocalStack stack, String name) {
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(RunningStack.token(stack, "buyer"))
                .when().get(stack.serviceUrl("footprint-service") + "/api/v1/replica/factor-releases/" + name)
                .then().statusCode(200));
    }
}
