package org.copperpcf.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.kit.pact.PactSchema;
import org.copperpcf.kit.testing.PactHostDouble;
import org.copperpcf.kit.tls.DevelopmentCertificate;
import org.copperpcf.stack.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;

/**
 * The mandatory v3 and v2.3 cases of the PACT conformance suite (wbcsd/pact-conformance-service: v3 test cases 1–17
 * and 20–40, v2 test cases 1–17 and 21), run against the running stack's PACT host the way the suite runs them:
 * discovery and token, footprints fetched and schema-checked, for v3 the filters derived from the first footprint
 * listed and bogus filters, invalid tokens, plain HTTP on the HTTPS port, and the asynchronous request answered at the
 * requester's {@code /3/events} ({@code /2/events}) — here a listener in the test JVM that, like the suite's, takes
 * events without authentication. v2.3's optional {@code $filter} (test case 20) is not supported and not run.
 */
@ExtendWith(RunningStack.class)
class PactConformanceIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the suite's cases differ in between the API versions. */
    private enum Api {
        V3(3, "NotFound", "org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3",
                "org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3",
                "org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3",
                "org.wbcsd.pact.ProductFootprint.PublishedEvent.3"),
        /** 404's code: the suite takes v2.0–2.2's NoSuchFootprint (or BadRequest), not the 2.3.3 file's NotFound. */
        V2(2, "NoSuchFootprint", "org.wbcsd.pathfinder.ProductFootprintRequest.Created.v1",
                "org.wbcsd.pathfinder.ProductFootprintRequest.Fulfilled.v1",
                "org.wbcsd.pathfinder.ProductFootprintRequest.Rejected.v1",
                "org.wbcsd.pathfinder.ProductFootprint.Published.v1");

        final int number;
        final String notFound;
        final String created;
        final String fulfilled;
        final String rejected;
        final String published;

        Api(int number, String notFound, String created, String fulfilled, String rejected, String published) {
            this.number = number;
            this.notFound = notFound;
            this.created = created;
            this.fulfilled = fulfilled;
            this.rejected = rejected;
            this.published = published;
        }

        Path spec() {
            return Path.of("../../shared/pact/v" + number + "/openapi.yaml");
        }

        String footprints() {
            return "/" + number + "/footprints";
        }

        String events() {
            return "/" + number + "/events";
        }

        /** A request's data for {@code productIds}: v3 criteria, or v2's ProductFootprint fragment. */
        ObjectNode requestData(JsonNode productIds) {
            ObjectNode data = JSON.createObjectNode().put("comment", "Please send PCF data for this year.");
            if (this == V2) {
                data.putObject("pf").set("productIds", productIds);
            } else {
                data.set("productId", productIds);
            }
            return data;
        }
    }

    private HttpClient http;
    private String base;
    private String token;
    private String admin;
    private String footprintService;
    private String clientId;
    private String secret;
    private String tokenUrl;

    @Test
    void theMandatoryV3CasesPass(LocalStack stack, @TempDir Path directory) throws Exception {
        List<JsonNode> footprints = connect(stack, Api.V3);
        JsonNode first = footprints.get(0);
        footprintCases(Api.V3, footprints);
        eventCases(Api.V3, first, directory);

        // 20–29: filters derived from the first footprint, each giving a non-empty list of matches only
        String productId = first.path("productIds").get(0).asText();
        String companyId = first.path("companyIds").get(0).asText();
        JsonNode pcf = first.path("pcf");
        String geography = pcf.path("geographyCountry").asText(pcf.path("geographyRegionOrSubregion")
                .asText(pcf.path("geographyCountrySubdivision").asText("")));
        String classification = first.path("productClassifications").path(0).asText("");
        Instant validityStart = Instant.parse(first.path("validityPeriodStart").asText());
        Instant validityEnd = Instant.parse(first.path("validityPeriodEnd").asText());
        String status = first.path("status").asText();
        assertMatches("productId=" + encode(productId), f -> strings(f.path("productIds")).contains(productId));
        assertMatches("companyId=" + encode(companyId), f -> strings(f.path("companyIds")).contains(companyId));
        assertFalse(geography.isEmpty(), "our footprints name their geography");
        assertMatches("geography=" + geography, f -> geography.equals(f.path("pcf").path("geographyCountry")
                .asText(f.path("pcf").path("geographyCountrySubdivision").asText())));
        assertMatches("classification=" + encode(classification),
                f -> strings(f.path("productClassifications")).contains(classification));
        assertMatches("validOn=" + validityStart, f -> !Instant.parse(f.path("validityPeriodStart").asText())
                .isAfter(validityStart) && !Instant.parse(f.path("validityPeriodEnd").asText()).isBefore(validityStart));
        Instant dayBefore = validityStart.minus(1, ChronoUnit.DAYS);
        assertMatches("validAfter=" + dayBefore, f -> Instant.parse(f.path("validityPeriodStart").asText())
                .isAfter(dayBefore));
        Instant dayAfter = validityEnd.plus(1, ChronoUnit.DAYS);
        assertMatches("validBefore=" + dayAfter, f -> Instant.parse(f.path("validityPeriodEnd").asText())
                .isBefore(dayAfter));
        assertMatches("status=" + status, f -> status.equals(f.path("status").asText()));
        assertMatches("status=" + status + "&productId=" + encode(productId), f -> status.equals(f.path("status")
                .asText()) && strings(f.path("productIds")).contains(productId));
        assertMatches("companyId=" + encode(companyId) + "&companyId=other&companyId=another",
                f -> strings(f.path("companyIds")).contains(companyId));
        // 30–39: bogus filters give 200 with an empty list
        for (String bogus : List.of("productId=urn:bogus:product:x1", "companyId=urn:bogus:company:x2", "geography=XX",
                "classification=urn:bogus:classification:x3", "validOn=1900-01-01T00:00:00Z",
                "validAfter=2099-12-31T23:59:59Z", "validBefore=1900-01-01T00:00:00Z", "status=BogusStatusX4",
                "companyId=urn:bogus:company:x5&productId=urn:bogus:product:x6",
                "companyId=urn:bogus:company:a&companyId=urn:bogus:company:b&companyId=urn:bogus:company:c",
                "validOn=not-a-date")) {
            HttpResponse<String> response = get(base + "/3/footprints?" + bogus, token);
            assertEquals(200, response.statusCode(), bogus);
            assertEquals("{\"data\":[]}", json(response).toString(), bogus);
        }
    }

    @Test
    void theMandatoryV23CasesPass(LocalStack stack, @TempDir Path directory) throws Exception {
        List<JsonNode> footprints = connect(stack, Api.V2);
        footprintCases(Api.V2, footprints);
        eventCases(Api.V2, footprints.get(0), directory);
    }

    /**
     * Test case 0: a PACT client registered by the admin, discovery, a token, and the settled list of footprints
     * (at least two; demo footprints are computed on first start).
     */
    private List<JsonNode> connect(LocalStack stack, Api api) throws Exception {
        base = stack.pactUrl();
        http = HttpClient.newBuilder().sslContext(DevelopmentCertificate.trusting(
                Files.readString(stack.pactCertificate()))).connectTimeout(Duration.ofSeconds(10)).build();
        admin = RunningStack.token(stack, "admin");
        footprintService = stack.serviceUrl("footprint-service");
        JsonNode client = JSON.readTree(given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"name\": \"conformance suite v" + api.number + "\"}")
                .when().post(footprintService + "/api/v1/pact/clients")
                .then().statusCode(201).extract().asString());
        clientId = client.path("clientId").asText();
        secret = client.path("clientSecret").asText();

        JsonNode discovery = json(get(base + "/.well-known/openid-configuration", null));
        tokenUrl = discovery.path("token_endpoint").asText();
        assertEquals(base + "/auth/token", tokenUrl);
        token = json(expect(200, tokenRequest(tokenUrl, clientId, secret))).path("access_token").asText();
        // the suite runs against a settled host: wait until the demo footprints are all computed
        int[] seen = {-1};
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            int count = list(api, "").size();
            boolean settled = count >= 2 && count == seen[0];
            seen[0] = count;
            return settled;
        });
        return list(api, "");
    }

    /** Test cases 1–11: token, GetFootprint, ListFootprints, pagination, invalid tokens, unknown id, plain HTTP. */
    private void footprintCases(Api api, List<JsonNode> footprints) throws Exception {
        PactSchema footprintSchema = PactSchema.productFootprint(api.spec());
        String firstId = footprints.get(0).path("id").asText();
        // 1, 2: token with valid and invalid credentials
        expect(200, tokenRequest(tokenUrl, clientId, secret));
        assertTrue(List.of(400, 401).contains(tokenRequest(tokenUrl, clientId, "wrong").statusCode()));
        // 3: GetFootprint; 4: ListFootprints, every footprint valid against the spec
        JsonNode got = json(expect(200, get(base + api.footprints() + "/" + firstId, token)));
        assertEquals(firstId, got.path("data").path("id").asText());
        assertEquals(List.of(), footprintSchema.violations(got.path("data")), firstId);
        for (JsonNode footprint : footprints) {
            assertEquals(List.of(), footprintSchema.violations(footprint), footprint.path("id").asText());
        }
        assertEquals(footprints.size(), list(api, "").size());
        // 5: pagination: the first Link of ?limit=1 answers with a valid list
        HttpResponse<String> limited = expect(200, get(base + api.footprints() + "?limit=1", token));
        assertEquals(1, json(limited).path("data").size());
        String link = limited.headers().firstValue("link").orElseThrow();
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        assertTrue(next.startsWith(base + api.footprints()), next);
        assertEquals(1, json(expect(200, get(next, token))).path("data").size());
        // 6, 7: invalid tokens; 8: an unknown id
        String invalid = invalidToken();
        assertTrue(List.of(400, 401).contains(get(base + api.footprints(), invalid).statusCode()));
        assertTrue(List.of(400, 401).contains(get(base + api.footprints() + "/" + firstId, invalid).statusCode()));
        HttpResponse<String> unknown = get(base + api.footprints() + "/00000000-0000-0000-0000-000000000000", token);
        assertEquals(404, unknown.statusCode());
        assertEquals(api.notFound, json(unknown).path("code").asText());
        // 9, 10, 11: plain HTTP on the HTTPS port fails
        String plain = base.replace("https", "http");
        assertThrows(IOException.class, () -> send(HttpRequest.newBuilder(URI.create(plain + "/auth/token"))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build()));
        assertThrows(IOException.class, () -> send(HttpRequest.newBuilder(URI.create(plain + api.footprints()))
                .header("Authorization", "Bearer " + token).build()));
        assertThrows(IOException.class, () -> send(HttpRequest.newBuilder(URI.create(plain + api.footprints() + "/"
                + firstId)).header("Authorization", "Bearer " + token).build()));
    }

    /**
     * Test cases 12–17 and 40 (v2: 21): a request for the first footprint's products answered with valid footprints
     * of those products at the listener's events path, one for an unknown product rejected, a Published event
     * accepted (also for ids we do not know), refused with an invalid token, over plain HTTP, or with a non-UUID id.
     */
    private void eventCases(Api api, JsonNode first, Path directory) throws Exception {
        PactSchema fulfilledSchema = PactSchema.load(api.spec(), "RequestFulfilledEvent");
        PactSchema rejectedSchema = PactSchema.load(api.spec(), "RequestRejectedEvent");
        PactSchema footprintSchema = PactSchema.productFootprint(api.spec());
        try (PactHostDouble listener = PactHostDouble.start(directory)) {
            listener.acceptAnonymousEvents = true;
            // Our host pins the listener's development certificate; the suite's listener has a public one.
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(JSON.createObjectNode().put("eventsBaseUrl", listener.baseUrl().toString())
                            .put("certificatePem", listener.certificatePem()).put("notifyOnPublished", false)
                            .toString())
                    .when().put(footprintService + "/api/v1/pact/clients/" + clientId + "/partner")
                    .then().statusCode(201);
            String runId = UUID.randomUUID().toString();
            // 12, 13: a request for the first footprint's products is answered with footprints of those products
            ObjectNode request = event(api.created, runId + "/13", listener.baseUrl().toString());
            request.set("data", api.requestData(first.path("productIds")));
            assertEquals(200, postEvent(api, request, token).statusCode());
            // 14: a request for a product we do not have is rejected
            ObjectNode rejected = event(api.created, runId + "/14.B", listener.baseUrl().toString());
            rejected.set("data", api.requestData(JSON.createArrayNode().add("urn:pact:null")));
            assertEquals(200, postEvent(api, rejected, token).statusCode());
            await().atMost(Duration.ofSeconds(60)).until(() -> answerTo(listener, runId + "/13").isPresent()
                    && answerTo(listener, runId + "/14.B").isPresent());
            PactHostDouble.ReceivedEvent fulfilment = answerTo(listener, runId + "/13").orElseThrow();
            assertEquals(api.events(), fulfilment.path());
            JsonNode fulfilled = fulfilment.body();
            assertEquals(api.fulfilled, fulfilled.path("type").asText());
            assertEquals(List.of(), fulfilledSchema.violations(fulfilled));
            assertTrue(fulfilled.path("data").path("pfs").size() > 0);
            List<String> requested = strings(first.path("productIds"));
            for (JsonNode pf : fulfilled.path("data").path("pfs")) {
                assertEquals(List.of(), footprintSchema.violations(pf));
                pf.path("productIds").forEach(id -> assertTrue(requested.contains(id.asText()), id.asText()));
            }
            PactHostDouble.ReceivedEvent rejection = answerTo(listener, runId + "/14.B").orElseThrow();
            assertEquals(api.events(), rejection.path());
            JsonNode refusal = rejection.body();
            assertEquals(api.rejected, refusal.path("type").asText());
            assertEquals(List.of(), rejectedSchema.violations(refusal));
            assertFalse(refusal.path("data").path("error").path("code").asText().isEmpty());
            assertFalse(refusal.path("data").path("error").path("message").asText().isEmpty());

            // 15: a Published event, even for ids we do not know; 16: with an invalid token; 17: over plain HTTP;
            // 40 (v2: 21): with a pfId that is no UUID
            ObjectNode published = event(api.published, UUID.randomUUID().toString(), listener.baseUrl().toString());
            published.putObject("data").putArray("pfIds").add("3a6c14a7-4deb-498a-b5ea-16ce2535b576");
            HttpResponse<String> accepted = postEvent(api, published, token);
            assertEquals(200, accepted.statusCode(), accepted.body());
            assertTrue(List.of(400, 401).contains(postEvent(api, published, invalidToken()).statusCode()));
            String plain = base.replace("https", "http");
            assertThrows(IOException.class, () -> send(HttpRequest.newBuilder(URI.create(plain + api.events()))
                    .header("Content-Type", "application/cloudevents+json; charset=UTF-8")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(published.toString())).build()));
            ObjectNode malformed = event(api.published, UUID.randomUUID().toString(), listener.baseUrl().toString());
            malformed.putObject("data").putArray("pfIds").add("urn:gtin:4712345060507");
            assertEquals(400, postEvent(api, malformed, token).statusCode());
        }
    }

    private static String invalidToken() {
        return "very-invalid-access-token-" + UUID.randomUUID();
    }

    private interface Condition {
        boolean holds(JsonNode footprint);
    }

    private void assertMatches(String query, Condition condition) throws Exception {
        List<JsonNode> matches = list(Api.V3, "?" + query);
        assertFalse(matches.isEmpty(), query);
        for (JsonNode footprint : matches) {
            assertTrue(condition.holds(footprint), query + " gave " + footprint.path("id").asText());
        }
    }

    private List<JsonNode> list(Api api, String query) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        json(expect(200, get(base + api.footprints() + query, token))).path("data").forEach(all::add);
        return all;
    }

    private static Optional<PactHostDouble.ReceivedEvent> answerTo(PactHostDouble listener, String requestId) {
        return listener.events().stream()
                .filter(event -> event.body().path("data").path("requestEventId").asText().equals(requestId))
                .findFirst();
    }

    private static ObjectNode event(String type, String id, String source) {
        return JSON.createObjectNode().put("specversion", "1.0").put("id", id).put("source", source)
                .put("time", Instant.now().toString()).put("type", type);
    }

    private HttpResponse<String> postEvent(Api api, JsonNode event, String bearer) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + api.events()))
                .header("Content-Type", "application/cloudevents+json; charset=UTF-8")
                .header("Authorization", "Bearer " + bearer)
                .POST(HttpRequest.BodyPublishers.ofString(event.toString())).build());
    }

    private HttpResponse<String> tokenRequest(String url, String clientId, String secret) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret)
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=PACT.read")).build());
    }

    private HttpResponse<String> get(String url, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.uri() + ": " + response.body());
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
