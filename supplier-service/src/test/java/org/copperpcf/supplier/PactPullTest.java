package org.copperpcf.supplier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.copperpcf.supplier.SupplierApi.PROBLEM_JSON;
import static org.copperpcf.supplier.SupplierApi.SUPPLIERS;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.pact.PartnerFootprintsPublished;
import org.copperpcf.contracts.supplier.SupplierFootprintReceived;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.PactHostDouble;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Pulling footprints from a supplier's PACT host (a {@link PactHostDouble} over HTTPS with its own credentials and a
 * pinned certificate) into PCF disclosures that go through review; pages of 2 in tests
 * ({@code %test.supplier.pact-pull.page-size}).
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PactPullTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Path EXAMPLE = Path.of("../../shared/pact/v3/examples/example-3.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectBroker
    EmbeddedKafkaBroker broker;

    private PactHostDouble host;
    private UUID supplierId;
    private String companyId;

    @BeforeEach
    void startHostAndRegisterSupplier() throws IOException {
        host = PactHostDouble.start(Files.createDirectories(Path.of("target", "pact-host-double")));
        companyId = "urn:pact:test.example:company-id:" + UUID.randomUUID();
        supplierId = UUID.fromString(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"nameEn\": \"Pulled Copper " + UUID.randomUUID() + "\", \"identifiers\": [\"" + companyId
                        + "\"]}")
                .when().post(SUPPLIERS).then().statusCode(201).extract().path("id"));
    }

    @AfterEach
    void stopHost() {
        host.close();
    }

    @Test
    void badConnectionsAreRefusedNamingEachFieldAndNothingIsStored() {
        given().auth().oauth2(supplierToken()).contentType(ContentType.JSON)
                .body("""
                        {"baseUrl": "http://pact.example.com", "authBaseUrl": "ftp://auth.example.com",
                         "certificatePem": "-----BEGIN CERTIFICATE-----\\nbm90IGEgY2VydA==\\n-----END CERTIFICATE-----",
                         "apiVersion": 4, "pullInterval": "PT10S", "product": "wire"}""")
                .when().put(connection())
                .then().statusCode(400).contentType(startsWith(PROBLEM_JSON))
                .body("code", is("VALIDATION_FAILED"))
                .body("violations.field", containsInAnyOrder("baseUrl", "authBaseUrl", "clientId", "clientSecret",
                        "certificatePem", "apiVersion", "pullInterval", "product"));
        given().auth().oauth2(supplierToken()).when().get(connection()).then().statusCode(404);
    }

    @Test
    void theSecretIsWriteOnlyAndAReplacementNeedsTheETag() {
        String created = register(host.clientSecret).asString();
        assertFalse(created.contains(host.clientSecret), "the secret is never echoed");
        given().auth().oauth2(supplierToken()).when().get(connection())
                .then().statusCode(200)
                .body("$", not(hasKey("clientSecret")))
                .body("baseUrl", is(host.baseUrl().toString()))
                .body("clientId", is(host.clientId))
                .body("pullInterval", is("PT6H"))
                .body(not(containsString(host.clientSecret)));

        String replacement = """
                {"baseUrl": "%s", "clientId": "%s", "certificatePem": %s, "pullInterval": "PT1H"}"""
                .formatted(host.baseUrl(), host.clientId, JSON.valueToTree(host.certificatePem()));
        given().auth().oauth2(supplierToken()).contentType(ContentType.JSON).body(replacement)
                .when().put(connection()).then().statusCode(428);
        String etag = given().auth().oauth2(supplierToken()).when().get(connection()).then().extract().header("ETag");
        given().auth().oauth2(supplierToken()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(replacement)
                .when().put(connection()).then().statusCode(200).body("pullInterval", is("PT1H"));
        pull().then().statusCode(200).body("outcome", is("succeeded"));
    }

    @Test
    void aPullFollowsTheNextLinksAndARepeatedPullStoresNothingTwice() {
        List<UUID> ids = serve(3);
        register(host.clientSecret);

        pull().then().log().ifValidationFails().statusCode(200)
                .body("outcome", is("succeeded")).body("trigger", is("manual"))
                .body("fetched", is(3)).body("created", is(3)).body("skipped", is(0))
                .body("footprints.pfId", containsInAnyOrder(strings(ids)))
                .body("footprints.result", everyItem(is("created")));
        given().auth().oauth2(supplierToken()).when().get(pcfDisclosures())
                .then().statusCode(200).body("size()", is(3))
                .body("pfId", containsInAnyOrder(strings(ids)))
                .body("status", everyItem(is("submitted")))
                .body("partner.sourceUrl", hasItem(host.baseUrl() + "/3/footprints/" + ids.get(2)))
                .body("flags", everyItem(empty()));
        given().auth().oauth2(TestTokens.buyer()).when().get("/api/v1/disclosures/pcf").then().statusCode(200)
                .body("pfId", hasItems(strings(ids)));
        given().auth().oauth2(supplierToken()).when().get(SUPPLIERS + "/" + supplierId + "/product-footprints")
                .then().statusCode(200).body("size()", is(0));

        pull().then().statusCode(200).body("fetched", is(3)).body("created", is(0)).body("skipped", is(3));
        given().auth().oauth2(supplierToken()).when().get(pcfDisclosures()).then().body("size()", is(3));
        given().auth().oauth2(supplierToken()).when().get(connection()).then().statusCode(200)
                .body("lastPull.outcome", is("succeeded")).body("lastPull.skipped", is(3))
                .body("lastPull.fetched", is(3));
    }

    @Test
    void anInvalidFootprintIsReportedPerFieldAndTheOthersAreKept() {
        List<UUID> valid = serve(2);
        ObjectNode invalid = footprint(UUID.randomUUID(), companyId);
        ((ObjectNode) invalid.get("pcf")).put("declaredUnitAmount", "-0.5");
        invalid.put("created", "yesterday");
        host.serve(invalid);
        register(host.clientSecret);

        ExtractableResponse<Response> report = pull().then().statusCode(200)
                .body("outcome", is("succeeded")).body("created", is(2)).body("invalid", is(1)).extract();
        assertEquals(List.of("invalid"), report.path("footprints.findAll { it.pfId == '" + invalid.get("id").asText()
                + "' }.result"));
        List<String> fields = report.path("footprints.find { it.result == 'invalid' }.violations.field");
        assertTrue(fields.containsAll(List.of("pcf.declaredUnitAmount", "created")), fields.toString());
        given().auth().oauth2(supplierToken()).when().get(pcfDisclosures()).then()
                .body("pfId", containsInAnyOrder(strings(valid)));
    }

    @Test
    void wrongCredentialsAreReportedWithThePartnersAnswerAndNothingIsStored() {
        serve(2);
        register("not-the-secret");

        pull().then().statusCode(200)
                .body("outcome", is("failed")).body("fetched", is(0)).body("created", is(0))
                .body("error", containsString("401")).body("error", containsString("invalid_client"));
        given().auth().oauth2(supplierToken()).when().get(pcfDisclosures()).then().body("size()", is(0));
        given().auth().oauth2(supplierToken()).when().get(connection()).then()
                .body("lastPull.outcome", is("failed")).body("lastPull.error", containsString("invalid_client"))
                .body(not(containsString("not-the-secret")));
    }

    @Test
    void anAcceptedFootprintIsAnnouncedAndARejectedOneIsNot() {
        UUID predecessor = UUID.randomUUID();
        given().auth().oauth2(supplierToken()).contentType(ContentType.JSON)
                .body(footprint(predecessor, companyId).toString())
                .when().post(SUPPLIERS + "/" + supplierId + "/product-footprints").then().statusCode(201);
        UUID successor = UUID.randomUUID();
        ObjectNode accepted = footprint(successor, companyId);
        accepted.putArray("precedingPfIds").add(predecessor.toString());
        host.serve(accepted);
        UUID rejected = serve(1).get(0);
        register(host.clientSecret);
        pull().then().statusCode(200).body("created", is(2));
        String acceptedId = disclosureOf(successor);
        String rejectedId = disclosureOf(rejected);

        given().auth().oauth2(TestTokens.buyer()).contentType(ContentType.JSON).body("{}")
                .when().post(pcfDisclosures() + "/" + rejectedId + "/reject")
                .then().statusCode(400).body("violations[0].field", is("reason"));
        given().auth().oauth2(TestTokens.buyer()).contentType(ContentType.JSON)
                .body("{\"reason\": \"reference period does not match the contract\"}")
                .when().post(pcfDisclosures() + "/" + rejectedId + "/reject")
                .then().statusCode(200).body("status", is("rejected")).body("reviewedBy", is("test-buyer"));
        given().auth().oauth2(TestTokens.buyer()).contentType(ContentType.JSON)
                .body("{\"comment\": \"checked against the supplier's report\"}")
                .when().post(pcfDisclosures() + "/" + acceptedId + "/accept")
                .then().statusCode(200).body("status", is("accepted"))
                .body("reviewComment", is("checked against the supplier's report"));
        given().auth().oauth2(TestTokens.buyer()).contentType(ContentType.JSON).body("{}")
                .when().post(pcfDisclosures() + "/" + acceptedId + "/accept")
                .then().statusCode(409).body("code", is("INVALID_TRANSITION"));

        SupplierFootprintReceived announced = awaitEvent(successor, SupplierFootprintReceived.ACTIVE);
        assertEquals(supplierId, announced.supplierId());
        assertEquals(List.of(predecessor), announced.precedingPfIds());
        assertEquals(accepted, announced.document());
        awaitEvent(predecessor, SupplierFootprintReceived.DEPRECATED);
        List<CloudEvent> all = new TopicProbe(broker.bootstrapServers()).events(Topics.SUPPLIER_FOOTPRINTS);
        assertTrue(all.stream().noneMatch(event -> rejected.toString().equals(event.subject())),
                "a rejected footprint is never announced");
        given().auth().oauth2(supplierToken()).when().get(SUPPLIERS + "/" + supplierId + "/product-footprints")
                .then().statusCode(200).body("id", containsInAnyOrder(predecessor.toString(), successor.toString()));
        given().auth().oauth2(supplierToken()).when().get(pcfDisclosures() + "?status=submitted")
                .then().statusCode(200).body("size()", is(0));
    }

    @Test
    void anotherSupplierCanNeitherSeeNorUseTheConnectionNorItsDisclosures() {
        serve(1);
        register(host.clientSecret);
        pull().then().statusCode(200).body("created", is(1));
        String disclosureId = given().auth().oauth2(supplierToken()).when().get(pcfDisclosures())
                .then().extract().path("[0].id");
        String other = TestTokens.supplier(UUID.randomUUID());

        given().auth().oauth2(other).when().get(connection()).then().statusCode(403);
        given().auth().oauth2(other).contentType(ContentType.JSON).body("{}").when().put(connection())
                .then().statusCode(403);
        given().auth().oauth2(other).when().post(connection() + "/pull").then().statusCode(403);
        given().auth().oauth2(other).when().delete(connection()).then().statusCode(403);
        given().auth().oauth2(other).when().get(pcfDisclosures()).then().statusCode(403);
        given().auth().oauth2(other).when().get(pcfDisclosures() + "/" + disclosureId).then().statusCode(403);
        given().auth().oauth2(TestTokens.buyer()).when().get(connection()).then().statusCode(403);
        given().auth().oauth2(supplierToken()).contentType(ContentType.JSON).body("{}")
                .when().post(pcfDisclosures() + "/" + disclosureId + "/accept").then().statusCode(403);
        given().auth().oauth2(supplierToken()).when().get("/api/v1/disclosures/pcf").then().statusCode(403);
        given().auth().oauth2(supplierToken()).when().get(pcfDisclosures() + "/" + disclosureId)
                .then().statusCode(200).body("status", is("submitted"));
    }

    @Test
    void aPublishedEventPullsExactlyTheAnnouncedFootprints() {
        List<UUID> ids = serve(3);
        register(host.clientSecret);
        // PACT normalises a source to https; an http source on the same host and port names the same host.
        String source = host.baseUrl().toString().replace("https:", "http:") + "/3/events";
        PartnerFootprintsPublished announcement = new PartnerFootprintsPublished(UUID.randomUUID().toString(),
                source, "partner-client", 3, List.of(ids.get(0), ids.get(2)), Instant.now());
        CloudEvent event = CloudEvent.create(EventTypes.PARTNER_FOOTPRINTS_PUBLISHED, "/footprint-service", source,
                announcement);
        TopicProbe probe = new TopicProbe(broker.bootstrapServers());
        probe.send(Topics.PACT_NOTIFICATIONS, source, EventJson.write(event));
        probe.send(Topics.PACT_NOTIFICATIONS, source, EventJson.write(event));

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(supplierToken())
                .when().get(connection()).then().body("lastPull.created", notNullValue()));
        probe.awaitConsumed("supplier-service", Topics.PACT_NOTIFICATIONS, PATIENCE);
        given().auth().oauth2(supplierToken()).when().get(pcfDisclosures())
                .then().statusCode(200).body("pfId", containsInAnyOrder(ids.get(0).toString(), ids.get(2).toString()));
        given().auth().oauth2(supplierToken()).when().get(connection()).then()
                .body("lastPull.fetched", is(2)).body("lastPull.created", is(2));
    }

    private ExtractableResponse<Response> register(String secret) {
        return given().auth().oauth2(supplierToken()).contentType(ContentType.JSON)
                .body("""
                        {"baseUrl": "%s", "clientId": "%s", "clientSecret": "%s", "certificatePem": %s,
                         "pullInterval": "PT6H"}"""
                        .formatted(host.baseUrl(), host.clientId, secret,
                                JSON.valueToTree(host.certificatePem())))
                .when().put(connection())
                .then().log().ifValidationFails().statusCode(201).extract();
    }

    private Response pull() {
        return given().auth().oauth2(supplierToken()).when().post(connection() + "/pull");
    }

    private String disclosureOf(UUID pfId) {
        return given().auth().oauth2(supplierToken()).when().get(pcfDisclosures()).then().statusCode(200)
                .extract().path("find { it.pfId == '" + pfId + "' }.id");
    }

    /** {@code count} valid footprints of this supplier's company, served by the host; their ids. */
    private List<UUID> serve(int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            host.serve(footprint(id, companyId));
            ids.add(id);
        }
        return ids;
    }

    /** PACT's cleanest example (example-3.json) under a new id and company. */
    static ObjectNode footprint(UUID id, String companyId) {
        try {
            ObjectNode footprint = (ObjectNode) JSON.readTree(Files.readString(EXAMPLE));
            footprint.put("id", id.toString());
            footprint.putArray("companyIds").add(companyId);
            return footprint;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SupplierFootprintReceived awaitEvent(UUID pfId, String status) {
        return await().atMost(PATIENCE).until(() -> new TopicProbe(broker.bootstrapServers())
                .events(Topics.SUPPLIER_FOOTPRINTS).stream()
                .filter(event -> pfId.toString().equals(event.subject()))
                .map(event -> event.dataAs(EventTypes.SUPPLIER_FOOTPRINT_RECEIVED))
                .filter(payload -> payload.status().equals(status)).findFirst().orElse(null), p -> p != null);
    }

    private static String[] strings(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }

    private String supplierToken() {
        return TestTokens.supplier(supplierId);
    }

    private String connection() {
        return SUPPLIERS + "/" + supplierId + "/pact-connection";
    }

    private String pcfDisclosures() {
        return SUPPLIERS + "/" + supplierId + "/pcf-disclosures";
    }
}
