package org.copperpcf.footprint;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.kit.testing.PactHostDouble;
import org.copperpcf.kit.testing.TestTokens;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the PACT event tests share: seeded replicas, partner settings for a {@link PactHostDouble}, lookups. */
public final class PactEventFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PactEventFixtures() {
    }

    public static void seed(EmbeddedKafkaBroker broker) {
        SeededReplicas.replicate(broker);
    }

    public static String partnerPath(String pactClientId) {
        return "/api/v1/pact/clients/" + pactClientId + "/partner";
    }

    /** Partner settings for {@code host}: its URL, its credentials and its pinned certificate. */
    public static void registerPartner(String pactClientId, PactHostDouble host, boolean notifyOnPublished) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("eventsBaseUrl", host.baseUrl().toString());
        settings.put("clientId", host.clientId);
        settings.put("clientSecret", host.clientSecret);
        settings.put("certificatePem", host.certificatePem());
        settings.put("notifyOnPublished", notifyOnPublished);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(settings)
                .when().put(partnerPath(pactClientId)).then().statusCode(201);
    }

    /** Creates a rod footprint; its first version's id. */
    public static String createFootprint() {
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"template\":\"rod.cast-and-roll.cn\",\"factorRelease\":\"CN-2025.1\"}")
                .when().post("/api/v1/footprints").then().statusCode(201).extract().path("versionId");
    }

    /** The PublishedEvent {@code host} received whose pfIds include {@code pfId}, or null. */
    public static JsonNode publishedWith(PactHostDouble host, String pfId) {
        return host.events().stream().map(PactHostDouble.ReceivedEvent::body)
                .filter(body -> body.path("type").asText().contains("Published"))
                .filter(body -> body.path("data").path("pfIds").toString().contains("\"" + pfId + "\""))
                .findFirst().orElse(null);
    }

    /** The event {@code host} received with {@code data.requestEventId} = {@code requestId}, or null. */
    public static PactHostDouble.ReceivedEvent answerTo(PactHostDouble host, String requestId) {
        return host.events().stream()
                .filter(event -> event.body().path("data").path("requestEventId").asText().equals(requestId))
                .findFirst().orElse(null);
    }

    /** The delivery of the event {@code eventId} if it has {@code status}, or null. */
    public static JsonNode delivery(String eventId, String status) {
        for (JsonNode delivery : deliveries(status)) {
            if (delivery.path("eventId").asText().equals(eventId)) {
                return delivery;
            }
        }
        return null;
    }

    /** A given-up delivery to {@code targetUrl}, or null. */
    public static JsonNode failedDeliveryTo(String targetUrl) {
        for (JsonNode delivery : deliveries("failed")) {
            if (delivery.path("targetUrl").asText().equals(targetUrl)) {
                return delivery;
            }
        }
        return null;
    }

    private static JsonNode deliveries(String status) {
        String body = given().auth().oauth2(TestTokens.admin()).queryParam("status", status).queryParam("limit", 500)
                .when().get("/api/v1/pact/deliveries").then().statusCode(200).extract().asString();
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
