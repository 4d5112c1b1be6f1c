package org.copperpcf.footprint.pact.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.copperpcf.footprint.PactEventFixtures;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.kit.pact.PactSchema;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.PactHostDouble;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Partner settings, and our new footprint versions announced as PublishedEvents to the partners that asked for them,
 * through deliveries that are retried with back-off and given up after the retry period (4 s in tests).
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PactEventDeliveryTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final PactSchema PUBLISHED = PactSchema.load(Path.of("../../shared/pact/v3/openapi.yaml"),
            "PublishedEvent");

    @InjectBroker
    EmbeddedKafkaBroker broker;

    private PactHostDouble notified;
    private PactHostDouble quiet;
    private final String notifiedClient = "partner-" + UUID.randomUUID();
    private final String quietClient = "partner-" + UUID.randomUUID();

    @BeforeEach
    void partners() {
        PactEventFixtures.seed(broker);
        notified = PactHostDouble.start(Path.of("target", "pact-events"));
        quiet = PactHostDouble.start(Path.of("target", "pact-events"));
        PactEventFixtures.registerPartner(notifiedClient, notified, true);
        PactEventFixtures.registerPartner(quietClient, quiet, false);
    }

    @AfterEach
    void stop() {
        for (String client : List.of(notifiedClient, quietClient)) {
            given().auth().oauth2(TestTokens.admin()).when().delete(PactEventFixtures.partnerPath(client));
        }
        notified.close();
        quiet.close();
    }

    @Test
    void partnerSettingsAreValidatedAndTheSecretIsNeverShown() {
        String client = "partner-" + UUID.randomUUID();
        String path = PactEventFixtures.partnerPath(client);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("eventsBaseUrl", "http://plain.example", "clientId", "me",
                        "certificatePem", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"))
                .when().put(path).then().statusCode(400)
                .body("violations.field", hasItems("eventsBaseUrl", "clientSecret", "certificatePem",
                        "notifyOnPublished"));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("eventsBaseUrl", "https://partner.example/", "clientId", "me", "clientSecret", "s3cr3t",
                        "notifyOnPublished", false))
                .when().put(path).then().statusCode(201).body("pactClientId", is(client))
                .body("eventsBaseUrl", is("https://partner.example")).body("hasClientSecret", is(true))
                .body("clientSecret", nullValue()).body(not(containsString("s3cr3t")));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("eventsBaseUrl", "https://partner.example", "clientId", "me", "notifyOnPublished", true))
                .when().put(path).then().statusCode(200).body("hasClientSecret", is(true))
                .body("notifyOnPublished", is(true));
        given().auth().oauth2(TestTokens.admin()).when().get(path).then().statusCode(200)
                .body("clientId", is("me")).body(not(containsString("s3cr3t")));
        given().auth().oauth2(TestTokens.buyer()).when().get(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).when().delete(path).then().statusCode(204);
        given().auth().oauth2(TestTokens.admin()).when().get(path).then().statusCode(404);
    }

    @Test
    void aNewFootprintVersionIsAnnouncedToTheNotifiedPartnerOnly() {
        String versionId = PactEventFixtures.createFootprint();
        JsonNode event = await().atMost(PATIENCE).until(() -> PactEventFixtures.publishedWith(notified, versionId),
                found -> found != null);
        assertEquals("org.wbcsd.pact.ProductFootprint.PublishedEvent.3", event.path("type").asText());
        assertEquals(List.of(), PUBLISHED.violations(event));
        PactHostDouble.ReceivedEvent received = notified.events().stream()
                .filter(e -> e.body().toString().contains(versionId)).findFirst().orElseThrow();
        assertEquals("/3/events", received.path());
        assertTrue(received.authorization().orElse("").startsWith("Bearer "), "authenticated with the double's token");
        assertEquals(1, notified.tokenRequests(), "the token is reused");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> PactEventFixtures.publishedWith(quiet, versionId) == null);
        assertEquals(List.of(), quiet.events());
    }

    @Test
    void aFailingPartnerIsRetriedWithBackOffAndGetsTheEventOnce() {
        notified.failNextEvents(2);
        String versionId = PactEventFixtures.createFootprint();
        JsonNode event = await().atMost(PATIENCE).until(() -> PactEventFixtures.publishedWith(notified, versionId),
                found -> found != null);
        String eventId = event.path("id").asText();
        JsonNode delivery = await().atMost(PATIENCE).until(() -> PactEventFixtures.delivery(eventId, "delivered"),
                found -> found != null);
        assertEquals(3, delivery.path("attempts").asInt());
        assertEquals(notified.baseUrl() + "/3/events", delivery.path("targetUrl").asText());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> notified.events().stream()
                .filter(e -> e.body().path("id").asText().equals(eventId)).count() == 1);
    }

    @Test
    void aPartnerThatNeverAnswersIsGivenUpOnAfterTheRetryPeriod() {
        notified.failNextEvents(1_000);
        String versionId = PactEventFixtures.createFootprint();
        JsonNode delivery = await().atMost(PATIENCE).until(() -> PactEventFixtures.failedDeliveryTo(
                notified.baseUrl() + "/3/events"), found -> found != null);
        assertEquals(503, delivery.path("lastStatus").asInt());
        assertTrue(delivery.path("attempts").asInt() >= 3, "retried before giving up: " + delivery);
        assertTrue(delivery.path("lastError").asText().contains("503"));
        assertEquals(null, PactEventFixtures.publishedWith(notified, versionId));
        given().auth().oauth2(TestTokens.admin()).queryParam("status", "sent").when().get("/api/v1/pact/deliveries")
                .then().statusCode(400).body("violations.field", hasItems("status"));
    }
}
