package org.copperpcf.factor;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.copperpcf.factor.FactorApi.PROBLEM_JSON;
import static org.copperpcf.factor.FactorApi.RELEASES;
import static org.copperpcf.factor.FactorApi.co2Factor;
import static org.copperpcf.factor.FactorApi.createDraft;
import static org.copperpcf.factor.FactorApi.perGasFactor;
import static org.copperpcf.factor.FactorApi.publish;
import static org.copperpcf.factor.FactorApi.publishedWith;
import static org.copperpcf.factor.FactorApi.putFactor;
import static org.copperpcf.factor.FactorApi.uniqueName;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.factor.FactorReleasePublished;
import org.copperpcf.contracts.factor.ReleasedFactor;
import org.copperpcf.factor.service.FactorReleaseService;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.outbox.OutboxEvent;
import org.copperpcf.kit.security.Roles;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FactorReleaseResourceTest {

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @Test
    void theSeedReleaseIsPublishedOnFirstStartAndAnnouncedWithItsFullContent() {
        given().auth().oauth2(TestTokens.buyer()).when().get(RELEASES + "/CN-2025.1")
                .then().statusCode(200)
                .body("status", is("published"))
                .body("factorCount", greaterThan(150));
        FactorReleasePublished seed = await().atMost(Duration.ofSeconds(30)).until(() -> eventFor("CN-2025.1"),
                java.util.Objects::nonNull);
        assertTrue(seed.factors().size() > 150, "factors in the event: " + seed.factors().size());
        assertEquals(List.of("AR4", "AR5", "AR6"), seed.gwpSets().stream().map(FactorReleasePublished.GwpSet::name).toList());
        ReleasedFactor jiangxi = seed.factors().stream().filter(f -> f.key().equals("electricity.grid.cn-jx.2023"))
                .findFirst().orElseThrow();
        assertEquals(new BigDecimal("0.5836"), jiangxi.co2ePerUnit());
        assertEquals("co2_only", jiangxi.gasBasis());
        assertEquals("verified", jiangxi.status());
        assertEquals("MEE/NBS", jiangxi.source().publisher());
    }

    @Test
    void aDraftIsEditedThenPublishedAndFrozen() {
        String name = uniqueName("FROZEN");
        createDraft(name, null).statusCode(201).header("Location", endsWith(RELEASES + "/" + name))
                .body("status", is("draft"));
        putFactor(name, "test.grid.a", co2Factor("test.grid.a", "0.5", true)).statusCode(201)
                .body("co2ePerUnit", is("0.5"));
        putFactor(name, "test.grid.a", co2Factor("test.grid.a", "0.6", true)).statusCode(200)
                .body("co2ePerUnit", is("0.6"));
        publish(name).statusCode(200).body("status", is("published")).body("factorCount", is(1));

        putFactor(name, "test.grid.a", co2Factor("test.grid.a", "0.7", true)).statusCode(409)
                .contentType(startsWith(PROBLEM_JSON)).body("code", is("RELEASE_PUBLISHED"));
        putFactor(name, "test.grid.b", co2Factor("test.grid.b", "0.7", true)).statusCode(409);
        given().auth().oauth2(TestTokens.admin()).when().delete(RELEASES + "/" + name + "/factors/test.grid.a")
                .then().statusCode(409);
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(FactorCsvTest.header())
                .when().post(RELEASES + "/" + name + "/imports").then().statusCode(409);
        publish(name).statusCode(409);
        given().auth().oauth2(TestTokens.buyer()).when().get(RELEASES + "/" + name + "/factors/test.grid.a")
                .then().statusCode(200).body("co2ePerUnit", is("0.6"));

        // Not even SQL through the service's own role can change a published factor.
        Exception refused = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                Panache.getEntityManager().createNativeQuery("update factor set name_en = 'tampered' where release_id = "
                        + "(select id from factor_release where name = ?1)").setParameter(1, name).executeUpdate()));
        assertTrue(String.valueOf(rootCause(refused).getMessage()).contains("is published and immutable"),
                rootCause(refused).getMessage());
    }

    @Test
    void aPublishedReleaseIsAnnouncedWithEveryFactorField() {
        String name = publishedWith("EVENT", "test.grid.event", "0.42");
        FactorReleasePublished event = await().atMost(Duration.ofSeconds(20)).until(() -> eventFor(name),
                java.util.Objects::nonNull);
        ReleasedFactor factor = event.factors().get(0);
        assertEquals("test.grid.event", factor.key());
        assertEquals(new BigDecimal("0.42"), factor.co2ePerUnit());
        assertEquals(new BigDecimal("0.42"), factor.gases().get("co2"));
        assertEquals("CN-JX", factor.geography());
        assertEquals(2023, factor.referenceYear());
        assertEquals(2, factor.dataQuality().reliability());
        assertEquals(Boolean.TRUE, factor.redistributable());
    }

    @Test
    void co2eFollowsTheChosenGwpSetAndIsNeverCharacterisedTwice() {
        String name = uniqueName("GWP");
        createDraft(name, null).statusCode(201);
        putFactor(name, "test.fuel.boiler", perGasFactor("test.fuel.boiler")).statusCode(201);
        publish(name).statusCode(200);
        String factor = RELEASES + "/" + name + "/factors/test.fuel.boiler";
        // AR6: 1 + 0.01 × 29.8 + 0.001 × 273 = 1.571; AR5: 1 + 0.01 × 30 + 0.001 × 265 = 1.565
        given().auth().oauth2(TestTokens.buyer()).when().get(factor)
                .then().statusCode(200).body("gwpSet", is("AR6")).body("co2ePerUnit", is("1.571"));
        given().auth().oauth2(TestTokens.buyer()).queryParam("gwpSet", "AR5").when().get(factor)
                .then().statusCode(200).body("gwpSet", is("AR5")).body("co2ePerUnit", is("1.565"));
        given().auth().oauth2(TestTokens.buyer()).queryParam("gwpSet", "AR3").when().get(factor)
                .then().statusCode(400).body("violations[0].field", is("gwpSet"));
        // A factor published as CO2e keeps its value under every set.
        given().auth().oauth2(TestTokens.buyer()).queryParam("gwpSet", "AR4")
                .when().get(RELEASES + "/CN-2025.1/factors/electricity.footprint.cn.2024")
                .then().statusCode(200).body("co2ePerUnit", is("0.5777"));
    }

    @Test
    void theDiffListsAddedRemovedAndChangedFactorsWithOldAndNewValues() {
        String base = publishedWith("DIFF-A", "test.keep", "0.1", "test.change", "0.2", "test.drop", "0.3");
        String next = uniqueName("DIFF-B");
        createDraft(next, base).statusCode(201).body("factorCount", is(3)).body("basedOn", is(base));
        putFactor(next, "test.change", co2Factor("test.change", "0.25", true)).statusCode(200);
        putFactor(next, "test.add", co2Factor("test.add", "0.4", true)).statusCode(201);
        given().auth().oauth2(TestTokens.admin()).when().delete(RELEASES + "/" + next + "/factors/test.drop")
                .then().statusCode(204);
        publish(next).statusCode(200);

        given().auth().oauth2(TestTokens.certifier()).queryParam("against", base)
                .when().get(RELEASES + "/" + next + "/diff")
                .then().statusCode(200)
                .body("added.key", contains("test.add"))
                .body("removed.key", contains("test.drop"))
                .body("changed.key", contains("test.change"))
                .body("changed[0].fields", contains("gases"))
                .body("changed[0].before.co2ePerUnit", is("0.2"))
                .body("changed[0].after.co2ePerUnit", is("0.25"));
    }

    @Test
    void everyInvalidFieldIsNamedAndNothingIsWritten() {
        String name = uniqueName("INVALID");
        createDraft(name, null).statusCode(201);
        String bad = co2Factor("test.bad", "-1", true)
                .replace("\"kWh\"", "\"kWhh\"").replace("\"CN-JX\"", "\"Jiangxi\"")
                .replace("\"co2_only\"", "\"co2e\"");
        putFactor(name, "test.bad", bad).statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("code", is("VALIDATION_FAILED"))
                .body("violations.field", hasItem("gases.co2"))
                .body("violations.field", hasItem("geography"));
        putFactor(name, "test.bad", co2Factor("test.bad", "0.5", true).replace("\"kWh\"", "\"kWhh\""))
                .statusCode(400).body("violations[0].field", is("activityUnit"))
                .body("violations[0].message", containsString("unknown unit 'kWhh'"));
        putFactor(name, "test.bad", co2Factor("test.bad", "0.5", true).replace("\"co2_only\"", "\"co2e\""))
                .statusCode(400).body("violations.field", containsInAnyOrder("co2ePerUnit", "gases"));
        putFactor(name, "test.bad", co2Factor("test.bad", "7.5", true)).statusCode(400)
                .body("violations[0].field", is("gases.co2"))
                .body("violations[0].message", containsString("implausible"));
        putFactor(name, "test.bad", co2Factor("test.bad", "\"NaN\"", true).replace("\"\"NaN\"\"", "\"NaN\""))
                .statusCode(400).body("violations[0].field", is("gases.co2"));
        putFactor(name, "test.bad", co2Factor("test.bad", "0.5", true).replace("\"electricity\"", "\"nuclear\""))
                .statusCode(400).body("violations[0].field", is("category"))
                .body("violations[0].message", containsString("allowed"));
        given().auth().oauth2(TestTokens.admin()).when().get(RELEASES + "/" + name)
                .then().statusCode(200).body("factorCount", is(0));
    }

    @Test
    void onlyAdminsWriteAndDraftsAreTheirsAlone() {
        String name = uniqueName("ROLES");
        String body = "{\"name\": \"" + name + "\"}";
        given().contentType(ContentType.JSON).body(body).when().post(RELEASES)
                .then().statusCode(401).contentType(startsWith(PROBLEM_JSON)).header("WWW-Authenticate", "Bearer");
        for (String token : List.of(TestTokens.buyer(), TestTokens.certifier(), TestTokens.supplier(UUID.randomUUID()))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(RELEASES)
                    .then().statusCode(403).body("code", is("FORBIDDEN"));
            given().auth().oauth2(token).contentType(ContentType.JSON).body(co2Factor("test.x", "0.5", true))
                    .when().put(RELEASES + "/CN-2025.1/factors/test.x").then().statusCode(403);
            given().auth().oauth2(token).contentType("text/csv").body(FactorCsvTest.header())
                    .when().post(RELEASES + "/CN-2025.1/imports").then().statusCode(403);
            given().auth().oauth2(token).when().post(RELEASES + "/CN-2025.1/publish").then().statusCode(403);
        }
        createDraft(name, null).statusCode(201);
        given().auth().oauth2(TestTokens.buyer()).when().get(RELEASES + "/" + name).then().statusCode(404);
        given().auth().oauth2(TestTokens.buyer()).when().get(RELEASES).then().statusCode(200)
                .body("name", not(hasItem(name)));
        for (String token : List.of(TestTokens.expired(Roles.ADMIN), TestTokens.fromOtherIssuer(Roles.ADMIN),
                TestTokens.signedWithUnknownKey(Roles.ADMIN))) {
            given().auth().oauth2(token).when().get(RELEASES).then().statusCode(401).body("code", is("UNAUTHENTICATED"));
        }
    }

    @Test
    void factorsThatMayNotBeRedistributedAreShownToAdminsOnly() {
        String name = uniqueName("LICENCE");
        createDraft(name, null).statusCode(201);
        putFactor(name, "test.open", co2Factor("test.open", "0.5", true)).statusCode(201);
        putFactor(name, "test.licensed", co2Factor("test.licensed", "0.6", false)).statusCode(201);
        publish(name).statusCode(200);
        String factors = RELEASES + "/" + name + "/factors";

        given().auth().oauth2(TestTokens.admin()).when().get(factors + "/test.licensed").then().statusCode(200)
                .body("redistributable", is(false));
        for (String token : List.of(TestTokens.buyer(), TestTokens.certifier(), TestTokens.supplier(UUID.randomUUID()))) {
            given().auth().oauth2(token).when().get(factors + "/test.licensed").then().statusCode(404);
            given().auth().oauth2(token).when().get(factors).then().statusCode(200).body("key", contains("test.open"));
            String csv = given().auth().oauth2(token).when().get(RELEASES + "/" + name + "/export")
                    .then().statusCode(200).extract().asString();
            assertTrue(csv.contains("test.open") && !csv.contains("test.licensed"), csv);
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body("{\"amount\": \"1\", \"unit\": \"kWh\", \"factorKey\": \"test.licensed\", \"release\": \"" + name + "\"}")
                    .when().post("/api/v1/estimate").then().statusCode(404);
        }
        given().auth().oauth2(TestTokens.admin()).when().get(factors).then().statusCode(200)
                .body("key", contains("test.licensed", "test.open"));
    }

    @Test
    void searchFiltersAndPagesWithACursor() {
        String firstPage = given().auth().oauth2(TestTokens.buyer())
                .queryParam("keyPrefix", "electricity.grid.cn-").queryParam("year", 2023).queryParam("limit", 5)
                .when().get(RELEASES + "/CN-2025.1/factors")
                .then().statusCode(200)
                .body("size()", is(5))
                .body("referenceYear", contains(2023, 2023, 2023, 2023, 2023))
                .extract().header("Link");
        assertTrue(firstPage.endsWith("rel=\"next\""), firstPage);
        String next = firstPage.substring(1, firstPage.indexOf('>'));
        assertTrue(next.startsWith("http"), "absolute: " + next);
        List<String> firstKeys = given().auth().oauth2(TestTokens.buyer())
                .queryParam("keyPrefix", "electricity.grid.cn-").queryParam("year", 2023).queryParam("limit", 5)
                .when().get(RELEASES + "/CN-2025.1/factors").then().extract().path("key");
        List<String> secondKeys = given().auth().oauth2(TestTokens.buyer()).urlEncodingEnabled(false).when().get(next)
                .then().statusCode(200).body("size()", is(5)).extract().path("key");
        assertTrue(secondKeys.get(0).compareTo(firstKeys.get(4)) > 0, firstKeys + " then " + secondKeys);

        given().auth().oauth2(TestTokens.buyer()).queryParam("category", "transport").queryParam("q", "rail")
                .when().get(RELEASES + "/CN-2025.1/factors")
                .then().statusCode(200).body("key", hasItem("transport.rail.cn")).body("category", not(hasItem("electricity")));
        given().auth().oauth2(TestTokens.buyer()).queryParam("category", "teleportation")
                .when().get(RELEASES + "/CN-2025.1/factors").then().statusCode(400).body("violations[0].field", is("category"));
        given().auth().oauth2(TestTokens.buyer()).queryParam("cursor", "%%%")
                .when().get(RELEASES + "/CN-2025.1/factors").then().statusCode(400);
    }

    @Test
    void aFactorIsReadFromTheLatestReleaseOrAsOfADate() {
        given().auth().oauth2(TestTokens.buyer()).queryParam("release", "CN-2025.1")
                .when().get("/api/v1/factors/electricity.grid.cn.2022").then().statusCode(200).body("gases.co2", is("0.5366"));
        String release = publishedWith("LATEST", "test.latest.only", "0.33");
        given().auth().oauth2(TestTokens.buyer()).when().get("/api/v1/factors/test.latest.only")
                .then().statusCode(200).body("release", is(release)).body("co2ePerUnit", is("0.33"));
        given().auth().oauth2(TestTokens.buyer()).queryParam("asOf", java.time.LocalDate.now().toString())
                .when().get("/api/v1/factors/test.latest.only").then().statusCode(200).body("release", is(release));
        given().auth().oauth2(TestTokens.buyer()).queryParam("asOf", "2001-01-01")
                .when().get("/api/v1/factors/test.latest.only").then().statusCode(404);
        given().auth().oauth2(TestTokens.buyer()).queryParam("asOf", "2001-01-01").queryParam("release", "latest")
                .when().get("/api/v1/factors/test.latest.only").then().statusCode(400);
    }

    @Test
    void anEventIsWrittenOnlyWhenItsTransactionCommits() {
        long before = countOutbox();
        String name = uniqueName("ROLLBACK");
        createDraft(name, null).statusCode(201);
        putFactor(name, "test.grid.r", co2Factor("test.grid.r", "0.5", true)).statusCode(201);
        long afterDraft = countOutbox();
        assertEquals(before, afterDraft, "drafts announce nothing");
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            Arc.container().instance(FactorReleaseService.class).get().publish(name);
            throw new IllegalStateException("the caller fails after the service wrote");
        }));
        assertEquals(before, countOutbox());
        given().auth().oauth2(TestTokens.admin()).when().get(RELEASES + "/" + name).then().body("status", is("draft"));
        assertNull(eventFor(name));
    }

    @Test
    void eventsWaitWhileTheBrokerIsDownAndAreSentOnceItIsBack() {
        List<String> names = List.of(uniqueName("OUTAGE-A"), uniqueName("OUTAGE-B"), uniqueName("OUTAGE-C"));
        for (String name : names) {
            createDraft(name, null).statusCode(201);
            putFactor(name, "test.grid.o", co2Factor("test.grid.o", "0.5", true)).statusCode(201);
        }
        broker.stop();
        try {
            names.forEach(name -> publish(name).statusCode(200));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/health/ready")
                    .then().statusCode(503)
                    .body("checks.find { it.name == 'Outbox relay' }.data.pendingEvents", greaterThanOrEqualTo(3)));
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

    private static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }
}
