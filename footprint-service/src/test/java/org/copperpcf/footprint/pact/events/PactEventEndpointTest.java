package org.copperpcf.footprint.pact.events;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.pact.PartnerFootprintsPublished;
import org.copperpcf.footprint.pact.PactHost;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code POST /3/events} and {@code /2/events}: malformed events are refused naming the field, a bad token gets 401,
 * a PublishedEvent (also of ids unknown here) becomes one {@code PartnerFootprintsPublished} record however often
 * it is posted.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PactEventEndpointTest {
    static final String CLOUD_EVENTS = "application/cloudevents+json; charset=UTF-8";
    private static final String PUBLISHED = """
            {"specversion":"1.0","id":"%s","source":"%s","time":"2026-03-05T17:31:00Z",
             "type":"org.wbcsd.pact.ProductFootprint.PublishedEvent.3","data":{"pfIds":["%s"]}}""";
    private static final String V2_PUBLISHED = """
            {"specversion":"1.0","id":"%s","source":"%s","time":"2026-03-05T17:31:00Z",
             "type":"org.wbcsd.pathfinder.ProductFootprint.Published.v1","data":{"pfIds":["%s"]}}""";

    @TestHTTPResource(value = "/", tls = true)
    URL https;

    @InjectBroker
    EmbeddedKafkaBroker broker;

    private PactHost host;

    @BeforeEach
    void signIn() {
        host = PactHost.register(https);
    }

    @Test
    void malformedEventsAreRefusedNamingTheField() {
        String valid = PUBLISHED.formatted("run-1/40", "https://partner.example", UUID.randomUUID());
        assertBadRequest("/3/events", valid.replaceAll("\"pfIds\":\\[\"[^\"]+\"]",
                "\"pfIds\":[\"urn:gtin:4712345060507\"]"), "data.pfIds[0]");
        assertBadRequest("/3/events", valid.replace("\"id\":\"run-1/40\",", ""), "id");
        assertBadRequest("/3/events", valid.replace("\"source\":\"https://partner.example\",", ""), "source");
        assertBadRequest("/3/events", valid.replace("\"type\":\"org.wbcsd.pact.ProductFootprint.PublishedEvent.3\",",
                ""), "type");
        assertBadRequest("/3/events", valid.replace("\"specversion\":\"1.0\",", ""), "specversion");
        assertBadRequest("/3/events", valid.replace("PublishedEvent.3", "RetractedEvent.3"), "type");
        assertBadRequest("/3/events", "this is not JSON", "body");
        assertBadRequest("/2/events", valid, "type");
        host.request().contentType("text/plain").body(valid).when().post("/3/events").then().statusCode(415)
                .body("code", is("BadRequest"));
    }

    @Test
    void anInvalidTokenIsRefused() {
        String event = PUBLISHED.formatted(UUID.randomUUID(), "https://partner.example", UUID.randomUUID());
        PactHost.anonymous(https).auth().oauth2("not-a-token").contentType(CLOUD_EVENTS).body(event)
                .when().post("/3/events").then().statusCode(401);
        PactHost.anonymous(https).contentType(CLOUD_EVENTS).body(event).when().post("/2/events").then().statusCode(401);
    }

    @Test
    void aPublishedEventIsPassedOnOnceForSupplierServiceToPull() {
        String source = "https://supplier-" + UUID.randomUUID() + ".example/";
        UUID unknownPf = UUID.randomUUID();
        String event = PUBLISHED.formatted("not-a-uuid/15", source, unknownPf);
        for (int delivery = 0; delivery < 2; delivery++) {
            host.request().contentType(CLOUD_EVENTS).body(event).when().post("/3/events")
                    .then().statusCode(200).body(emptyString());
        }
        String v2Source = source + "v2";
        host.request().contentType("application/json").body(V2_PUBLISHED.formatted("v2-1", v2Source, unknownPf))
                .when().post("/2/events").then().statusCode(200).body(emptyString());

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                .until(() -> notifications(source, v2Source), found -> found.size() >= 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> notifications(source, v2Source).size() == 2);
        ConsumerRecord<String, String> v3 = records.stream().filter(r -> r.key().equals(source)).findFirst()
                .orElseThrow();
        PartnerFootprintsPublished published = EventJson.read(v3.value())
                .dataAs(EventTypes.PARTNER_FOOTPRINTS_PUBLISHED);
        assertEquals(new PartnerFootprintsPublished("not-a-uuid/15", source, host.clientId(), 3, List.of(unknownPf),
                published.receivedAt()), published);
        PartnerFootprintsPublished v2 = EventJson.read(records.stream().filter(r -> r.key().equals(v2Source))
                .findFirst().orElseThrow().value()).dataAs(EventTypes.PARTNER_FOOTPRINTS_PUBLISHED);
        assertEquals(2, v2.apiVersion());
        assertEquals("v2-1", v2.eventId());
    }

    private List<ConsumerRecord<String, String>> notifications(String... sources) {
        List<String> wanted = List.of(sources);
        return new TopicProbe(broker.bootstrapServers()).readAll(Topics.PACT_NOTIFICATIONS).stream()
                .filter(record -> wanted.contains(record.key())).toList();
    }

    private void assertBadRequest(String path, String body, String field) {
        host.request().contentType(CLOUD_EVENTS).body(body).when().post(path).then().statusCode(400)
                .body("code", is("BadRequest")).body("message", containsString(field + ": "));
    }
}
