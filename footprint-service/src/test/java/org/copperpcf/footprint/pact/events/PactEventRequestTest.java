package org.copperpcf.footprint.pact.events;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.copperpcf.footprint.PactEventFixtures;
import org.copperpcf.footprint.pact.PactHost;
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
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * RequestCreated events are answered asynchronously at the requester's {@code /3/events} ({@code /2/events} for a
 * v2.3 request, with v2.3 type names and documents): RequestFulfilled with the matching Active footprints, or
 * RequestRejected; authenticated with the partner settings' credentials, or
 * anonymously for a requester without them (as the conformance suite's listener expects); once per request.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PactEventRequestTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Path SPEC = Path.of("../../shared/pact/v3/openapi.yaml");
    private static final PactSchema FULFILLED = PactSchema.load(SPEC, "RequestFulfilledEvent");
    private static final PactSchema REJECTED = PactSchema.load(SPEC, "RequestRejectedEvent");
    private static final PactSchema FOOTPRINT = PactSchema.productFootprint(SPEC);
    private static final Path V2_SPEC = Path.of("../../shared/pact/v2/openapi.yaml");
    private static final PactSchema V2_FULFILLED = PactSchema.load(V2_SPEC, "RequestFulfilledEvent");
    private static final PactSchema V2_REJECTED = PactSchema.load(V2_SPEC, "RequestRejectedEvent");
    private static final PactSchema V2_FOOTPRINT = PactSchema.productFootprint(V2_SPEC);
    /** As PACT's conformance suite sends it (v2 test cases 12 and 14.A). */
    private static final String V2_REQUEST = """
            {"specversion":"1.0","id":"%s","source":"%s","time":"2026-03-05T17:31:00Z",
             "type":"org.wbcsd.pathfinder.ProductFootprintRequest.Created.v1",
             "data":{"pf":{"productIds":["%s"]},"comment":"Please send PCF data for this year."}}""";
    private static final String REQUEST = """
            {"specversion":"1.0","id":"%s","source":"%s","time":"2026-03-05T17:31:00Z",
             "type":"org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3",
             "data":{"productId":["%s"],"comment":"for the conformance run"}}""";

    @TestHTTPResource(value = "/", tls = true)
    URL https;

    @InjectBroker
    EmbeddedKafkaBroker broker;

    private PactHost requester;
    private PactHostDouble listener;
    private String productId;

    @BeforeEach
    void aFootprintAndARequesterWithPartnerSettings() {
        PactEventFixtures.seed(broker);
        requester = PactHost.register(https);
        String versionId = PactEventFixtures.createFootprint();
        productId = requester.request().when().get("/3/footprints/" + versionId).then().statusCode(200)
                .extract().path("data.productIds[0]");
        listener = PactHostDouble.start(Path.of("target", "pact-events"));
        PactEventFixtures.registerPartner(requester.clientId(), listener, false);
    }

    @AfterEach
    void stop() {
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.admin()).when()
                .delete(PactEventFixtures.partnerPath(requester.clientId()));
        listener.close();
    }

    @Test
    void aMatchingRequestIsFulfilledAtTheRequestersEventsEndpointWithItsToken() {
        String requestId = "run-" + System.nanoTime() + "/13";
        post("/3/events", REQUEST.formatted(requestId, listener.baseUrl() + "/", productId));

        PactHostDouble.ReceivedEvent answer = await().atMost(PATIENCE)
                .until(() -> PactEventFixtures.answerTo(listener, requestId), found -> found != null);
        assertEquals("/3/events", answer.path());
        assertTrue(answer.authorization().orElse("").startsWith("Bearer "), "authenticated at the requester");
        JsonNode event = answer.body();
        assertEquals("org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3", event.path("type").asText());
        assertEquals("1.0", event.path("specversion").asText());
        assertTrue(event.path("source").asText().startsWith("https://"));
        assertEquals(List.of(), FULFILLED.violations(event));
        JsonNode pfs = event.path("data").path("pfs");
        assertFalse(pfs.isEmpty());
        for (JsonNode pf : pfs) {
            assertEquals(List.of(), FOOTPRINT.violations(pf));
            assertEquals("Active", pf.path("status").asText());
            assertTrue(pf.path("productIds").toString().toLowerCase(Locale.ROOT)
                    .contains(productId.toLowerCase(Locale.ROOT)), pf.path("productIds").toString());
        }
    }

    @Test
    void anUnknownProductIsRejectedAndARepeatedRequestIsAnsweredOnce() {
        String requestId = "run-" + System.nanoTime() + "/14";
        String request = REQUEST.formatted(requestId, listener.baseUrl(), "urn:pact:null");
        post("/3/events", request);
        post("/3/events", request);

        PactHostDouble.ReceivedEvent answer = await().atMost(PATIENCE)
                .until(() -> PactEventFixtures.answerTo(listener, requestId), found -> found != null);
        JsonNode event = answer.body();
        assertEquals("org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3", event.path("type").asText());
        assertEquals(List.of(), REJECTED.violations(event));
        assertEquals("NotFound", event.path("data").path("error").path("code").asText());
        assertFalse(event.path("data").path("error").path("message").asText().isBlank());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> listener.events().stream()
                .filter(e -> e.body().path("data").path("requestEventId").asText().equals(requestId)).count() == 1);
    }

    @Test
    void aRequesterWithoutPartnerSettingsIsAnsweredAnonymously() throws IOException {
        PactHost stranger = PactHost.register(https);
        try (PactHostDouble anonymousListener = PactHostDouble.start(Path.of("target", "pact-events", "anonymous"))) {
            anonymousListener.acceptAnonymousEvents = true;
            Files.writeString(Path.of("target", "pact-events", "anonymous-trust.pem"),
                    anonymousListener.certificatePem());
            String requestId = "run-" + System.nanoTime() + "/13";
            stranger.request().contentType(PactEventEndpointTest.CLOUD_EVENTS)
                    .body(REQUEST.formatted(requestId, anonymousListener.baseUrl(), productId))
                    .when().post("/3/events").then().statusCode(200).body(emptyString());

            PactHostDouble.ReceivedEvent answer = await().atMost(PATIENCE)
                    .until(() -> PactEventFixtures.answerTo(anonymousListener, requestId), found -> found != null);
            assertEquals("/3/events", answer.path());
            assertEquals("org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3", answer.body().path("type").asText());
            assertTrue(answer.authorization().isEmpty(), "no credentials for this requester: anonymous");
            assertEquals(0, anonymousListener.tokenRequests());
        }
    }

    @Test
    void aV2RequestIsFulfilledAtTheRequestersV2EventsEndpointWithV2Footprints() {
        String requestId = "v2-run-" + System.nanoTime() + "/13";
        post("/2/events", V2_REQUEST.formatted(requestId, listener.baseUrl(), productId));

        PactHostDouble.ReceivedEvent answer = await().atMost(PATIENCE)
                .until(() -> PactEventFixtures.answerTo(listener, requestId), found -> found != null);
        assertEquals("/2/events", answer.path());
        assertTrue(answer.authorization().orElse("").startsWith("Bearer "), "authenticated at the requester");
        JsonNode event = answer.body();
        assertEquals("org.wbcsd.pathfinder.ProductFootprintRequest.Fulfilled.v1", event.path("type").asText());
        assertEquals(List.of(), V2_FULFILLED.violations(event));
        JsonNode pfs = event.path("data").path("pfs");
        assertFalse(pfs.isEmpty());
        for (JsonNode pf : pfs) {
            assertEquals(List.of(), V2_FOOTPRINT.violations(pf));
            assertEquals("2.3.3", pf.path("specVersion").asText());
            assertEquals("Active", pf.path("status").asText());
            pf.path("productIds").forEach(id -> assertEquals(productId, id.asText(), "only requested products"));
        }
    }

    @Test
    void aV2RequestForAnUnknownProductIsRejectedWithV2Names() {
        String requestId = "v2-run-" + System.nanoTime() + "/14.B";
        post("/2/events", V2_REQUEST.formatted(requestId, listener.baseUrl() + "/2/events", "urn:pact:null"));

        PactHostDouble.ReceivedEvent answer = await().atMost(PATIENCE)
                .until(() -> PactEventFixtures.answerTo(listener, requestId), found -> found != null);
        assertEquals("/2/events", answer.path());
        JsonNode event = answer.body();
        assertEquals("org.wbcsd.pathfinder.ProductFootprintRequest.Rejected.v1", event.path("type").asText());
        assertEquals(List.of(), V2_REJECTED.violations(event));
        assertEquals("NotFound", event.path("data").path("error").path("code").asText());
        assertFalse(event.path("data").path("error").path("message").asText().isBlank());
    }

    private void post(String path, String event) {
        requester.request().contentType(PactEventEndpointTest.CLOUD_EVENTS).body(event).when().post(path)
                .then().statusCode(200).body(emptyString());
    }
}
