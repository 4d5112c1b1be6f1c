package org.copperpcf.factor;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.factor.FactorReleasePublished;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.kit.outbox.OutboxEvent;
import org.copperpcf.kit.security.Roles;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.copperpcf.infra.TopicProbe;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FactorReleaseResourceTest {
    private static final String RELEASES = "/api/v1/factor-releases";
    private static final String PROBLEM_JSON = "application/problem+json";

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @Test
    void publishedReleaseIsStoredAndAnnouncedWithItsFullContent() {
        String name = uniqueName("CN-2025.1");
        String location = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(release(name, factor("electricity.grid.cn-jx", "0.10"), factor("fuel.diesel", "3.1")))
                .when().post(RELEASES)
                .then().statusCode(201)
                .header("Location", endsWith(RELEASES + "/" + name))
                .body("name", is(name))
                .body("factors.key", contains("electricity.grid.cn-jx", "fuel.diesel"))
                .body("factors[0].co2ePerUnit", is("0.10"))
                .extract().header("Location");

        given().auth().oauth2(TestTokens.buyer()).when().get(location)
                .then().statusCode(200).body("factors[1].source.publisher", is("MEE/NBS"));

        FactorReleasePublished published = await().atMost(Duration.ofSeconds(20))
                .until(() -> eventFor(name), java.util.Objects::nonNull);
        assertEquals(2, published.factors().size());
        assertEquals(new BigDecimal("0.10"), published.factors().get(0).co2ePerUnit());
    }

    @Test
    void everyInvalidFieldIsNamedAndNothingIsWritten() {
        long before = countOutbox();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(release("bad name!", factor("Bad Key", "-1"), factor("fuel.coal", "2")
                        .replace("\"kWh\"", "\"\"")))
                .when().post(RELEASES)
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("code", is("VALIDATION_FAILED"))
                .body("violations.field", containsInAnyOrder("name", "factors[0].key",
                        "factors[0].co2ePerUnit", "factors[1].unit"));
        assertEquals(before, countOutbox());
    }

    @Test
    void duplicateKeysInOneReleaseAreRefused() {
        String name = uniqueName("DUP");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(release(name, factor("fuel.diesel", "3.1"), factor("fuel.diesel", "3.2")))
                .when().post(RELEASES)
                .then().statusCode(400)
                .body("violations[0].field", is("factors[1].key"))
                .body("violations[0].message", containsString("first at factors[0]"));
        given().auth().oauth2(TestTokens.admin()).when().get(RELEASES + "/" + name).then().statusCode(404)
                .contentType(startsWith(PROBLEM_JSON));
    }

    @Test
    void aReleaseNameIsPublishedOnlyOnce() {
        String name = uniqueName("ONCE");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(release(name, factor("fuel.diesel", "3.1"))).when().post(RELEASES).then().statusCode(201);
        long before = countOutbox();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(release(name, factor("fuel.diesel", "9.9"))).when().post(RELEASES)
                .then().statusCode(409).body("code", is("RELEASE_EXISTS"));
        assertEquals(before, countOutbox());
        given().auth().oauth2(TestTokens.admin()).when().get(RELEASES + "/" + name)
                .then().statusCode(200).body("factors[0].co2ePerUnit", is("3.1"));
    }

    @Test
    void malformedJsonAndWrongTypesAreClearErrors() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"name\": \"x\", ")
                .when().post(RELEASES)
                .then().statusCode(400).contentType(startsWith(PROBLEM_JSON))
                .body("violations[0].field", is("body"))
                .body("violations[0].message", startsWith("malformed JSON"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(release("TYPES", factor("fuel.diesel", "\"three\"")).replace("\"\"three\"\"", "\"three\""))
                .when().post(RELEASES)
                .then().statusCode(400)
                .body("violations.field", hasItem("factors[0].co2ePerUnit"));
    }

    @Test
    void onlyAdminsPublishAndOnlyValidTokensRead() {
        String body = release(uniqueName("ROLES"), factor("fuel.diesel", "3.1"));
        given().contentType(ContentType.JSON).body(body).when().post(RELEASES)
                .then().statusCode(401).contentType(startsWith(PROBLEM_JSON)).header("WWW-Authenticate", "Bearer");
        for (String token : List.of(TestTokens.buyer(), TestTokens.certifier(), TestTokens.supplier(UUID.randomUUID()))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(RELEASES)
                    .then().statusCode(403).body("code", is("FORBIDDEN"));
        }
        for (String token : List.of(TestTokens.expired(Roles.ADMIN), TestTokens.fromOtherIssuer(Roles.ADMIN),
                TestTokens.signedWithUnknownKey(Roles.ADMIN))) {
            given().auth().oauth2(token).when().get(RELEASES).then().statusCode(401).body("code", is("UNAUTHENTICATED"));
        }
    }

    @Test
    void anEventIsWrittenOnlyWhenItsTransactionCommits() {
        long before = countOutbox();
        String name = uniqueName("ROLLBACK");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () ->
                QuarkusTransaction.requiringNew().run(() -> {
                    io.quarkus.arc.Arc.container().instance(org.copperpcf.factor.service.FactorReleaseService.class).get()
                            .publish(new org.copperpcf.factor.rest.PublishReleaseRequest(name, List.of(
                                    new org.copperpcf.factor.rest.PublishReleaseRequest.Factor("fuel.diesel", "Diesel",
                                            "kg", new BigDecimal("3.1"),
                                            new org.copperpcf.factor.rest.PublishReleaseRequest.Source("IPCC", null, null)))));
                    throw new IllegalStateException("the caller fails after the service wrote");
                }));
        assertEquals(before, countOutbox());
        given().auth().oauth2(TestTokens.admin()).when().get(RELEASES + "/" + name).then().statusCode(404);
        assertEquals(null, eventFor(name));
    }

    @Test
    void eventsWaitWhileTheBrokerIsDownAndAreSentOnceItIsBack() {
        List<String> names = List.of(uniqueName("OUTAGE-A"), uniqueName("OUTAGE-B"), uniqueName("OUTAGE-C"));
        broker.stop();
        try {
            for (String name : names) {
                given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                        .body(release(name, factor("fuel.diesel", "3.1"))).when().post(RELEASES).then().statusCode(201);
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/health/ready")
                    .then().body("checks.find { it.name == 'Outbox relay' }.data.pendingEvents", is(3)));
        } finally {
            broker.start();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(0, countPending()));
        List<CloudEvent> events = new TopicProbe(broker.bootstrapServers()).events(Topics.FACTOR_RELEASES);
        for (String name : names) {
            long copies = events.stream()
                    .filter(event -> event.dataAs(EventTypes.FACTOR_RELEASE_PUBLISHED).name().equals(name)).count();
            assertEquals(1, copies, "copies of " + name);
        }
    }

    private FactorReleasePublished eventFor(String name) {
        return new TopicProbe(broker.bootstrapServers()).events(Topics.FACTOR_RELEASES).stream()
                .map(event -> event.dataAs(EventTypes.FACTOR_RELEASE_PUBLISHED))
                .filter(release -> release.name().equals(name))
                .findFirst().orElse(null);
    }

    private static long countOutbox() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
    }

    private static long countPending() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("publishedAt is null"));
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String release(String name, String... factors) {
        return "{\"name\": \"" + name + "\", \"factors\": [" + String.join(",", factors) + "]}";
    }

    static String factor(String key, String co2e) {
        return """
                {"key": "%s", "name": "Factor %s", "unit": "kWh", "co2ePerUnit": %s,
                 "source": {"publisher": "MEE/NBS", "document": "2024 No. 12", "url": "https://www.mee.gov.cn/"}}"""
                .formatted(key, key, co2e);
    }
}
