package org.copperpcf.footprint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.copperpcf.footprint.TestFootprints.create;
import static org.copperpcf.footprint.TestFootprints.currentVersion;
import static org.copperpcf.footprint.TestFootprints.texts;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.footprint.pact.PactHost;
import org.copperpcf.footprint.pact.PactToken;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.kit.oauth.ClientCredentials;
import org.copperpcf.kit.pact.PactSchema;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The PACT v3 host: every footprint it lists or serves validates against the normative openapi.yaml; each filter the
 * conformance suite derives from the first listed footprint finds it and only matching ones, bogus values give an
 * empty list, repeated parameters are OR, different ones AND, case is ignored; pages never exceed limit and link on
 * the caller's host; errors are PACT's; a recalculation publishes a new id that deprecates its predecessor.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PactFootprintTest {
    private static final PactSchema V3 = PactSchema.productFootprint(Path.of("../../shared/pact/v3/openapi.yaml"));
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");
    private static final String LIST = "/3/footprints";
    private static final String CATHODE = """
            {"template":"cathode.pyro-flash.cn","factorRelease":"CN-2025.1","producer":{"supplierId":"%s"},
             "reportingPeriod":{"start":"2025-01-01","end":"2026-01-01"},"electricityMethod":"%s"}""";
    private static final String ROD = """
            {"template":"rod.cast-and-roll.cn","factorRelease":"CN-2025.1","gwpSet":"AR6"}""";

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @TestHTTPResource(value = "/", tls = true)
    URL https;

    private PactHost host;

    @BeforeEach
    void seededAndSignedIn() {
        SeededReplicas.replicate(broker);
        host = PactHost.register(https);
    }

    /** A smelter with accepted 2025 data and two cathode footprints of it, location- and market-based. */
    private record Smelter(UUID supplier, UUID disclosure, String companyId, String location, String market) {
    }

    private Smelter smelter() {
        UUID supplier = UUID.randomUUID();
        UUID disclosure = UUID.randomUUID();
        SeededReplicas.accept(broker, SeededReplicas.smelterDisclosure(supplier, disclosure, 1,
                DisclosureAccepted.ACCEPTED, null, 140_000, List.of()));
        return new Smelter(supplier, disclosure, "urn:pact:copperpcf.org:supplier-id:" + supplier,
                currentVersion(create(CATHODE.formatted(supplier, "location_based"))),
                currentVersion(create(CATHODE.formatted(supplier, "market_based"))));
    }

    @Test
    void everyListedAndServedFootprintValidatesAgainstTheSpecification() {
        Smelter s = smelter();
        create(ROD);
        JsonNode all = list(Map.of());
        assertTrue(all.size() >= 3, "an unlimited list returns every footprint: " + all.size());
        all.forEach(PactFootprintTest::assertValid);
        assertEquals(all.size(), list(Map.of()).size(), "the same list twice");

        JsonNode cathode = host.request().when().get(LIST + "/" + s.location())
                .then().statusCode(200).contentType("application/json").extract().as(JsonNode.class).get("data");
        assertValid(cathode);
        assertEquals(s.location(), cathode.get("id").asText());
        assertEquals("Active", cathode.get("status").asText());
        assertEquals("3.0.3", cathode.get("specVersion").asText());
        assertEquals("Guixi demo smelter", cathode.get("companyName").asText());
        assertEquals(List.of("urn:pact:copperpcf.org:company-id:91360000MA35DEMO01", s.companyId()),
                texts(cathode.get("companyIds")));
        assertEquals(List.of("urn:pact:copperpcf.org:product-id:cathode.pyro-flash.cn"),
                texts(cathode.get("productIds")), "one product id: a request for it is answered with it alone");
        assertEquals(List.of("urn:pact:copperpcf.org:hs2022:740311"), texts(cathode.get("productClassifications")));
        assertEquals("2026-01-01T00:00:00Z", cathode.get("validityPeriodStart").asText());
        assertEquals("2029-01-01T00:00:00Z", cathode.get("validityPeriodEnd").asText());
        assertNull(cathode.get("precedingPfIds"), "a first version names no predecessor");
        JsonNode pcf = cathode.get("pcf");
        assertEquals("kilogram", pcf.get("declaredUnitOfMeasurement").asText());
        assertEquals("2025-01-01T00:00:00Z", pcf.get("referencePeriodStart").asText());
        assertEquals("2026-01-01T00:00:00Z", pcf.get("referencePeriodEnd").asText());
        assertEquals("CN-JX", pcf.get("geographyCountrySubdivision").asText());
        assertNull(pcf.get("geographyCountry"));
        assertEquals(List.of("AR6"), texts(pcf.get("ipccCharacterizationFactors")));
        assertEquals(List.of("ISO14067", "PACT-3.0"), texts(pcf.get("crossSectoralStandards")));
        assertTrue(pcf.get("pcfExcludingBiogenicUptake").isTextual());
        assertTrue(pcf.get("pcfExcludingBiogenicUptake").asText().matches("\\d+\\.\\d{1,6}"), pcf.toString());
        assertNotNull(pcf.get("dqi").get("temporalDQR"));
        assertNull(pcf.get("productOrSectorSpecificRules"));

        JsonNode average = list(Map.of("productId", List.of("urn:pact:copperpcf.org:product-id:rod.cast-and-roll.cn")))
                .get(0);
        assertEquals("copper-pcf industry averages", average.get("companyName").asText());
        assertEquals("CN", average.get("pcf").get("geographyCountry").asText());
    }

    @Test
    void eachFilterOfTheFirstFootprintFindsOnlyMatchingOnes() {
        smelter();
        JsonNode first = list(Map.of()).get(0);
        JsonNode pcf = first.get("pcf");
        String geography = pcf.has("geographyCountry") ? pcf.get("geographyCountry").asText()
                : pcf.get("geographyCountrySubdivision").asText();
        Instant start = Instant.parse(first.get("validityPeriodStart").asText());
        Instant end = Instant.parse(first.get("validityPeriodEnd").asText());

        assertEachMatches("productId", first.get("productIds").get(0).asText(),
                pf -> texts(pf.get("productIds")).contains(first.get("productIds").get(0).asText()));
        assertEachMatches("companyId", first.get("companyIds").get(0).asText(),
                pf -> texts(pf.get("companyIds")).contains(first.get("companyIds").get(0).asText()));
        assertEachMatches("geography", geography, pf -> geography.equals(pf.get("pcf").path("geographyCountry")
                .asText(pf.get("pcf").path("geographyCountrySubdivision").asText())));
        assertEachMatches("classification", first.get("productClassifications").get(0).asText(),
                pf -> texts(pf.get("productClassifications"))
                        .contains(first.get("productClassifications").get(0).asText()));
        assertEachMatches("validOn", start.toString(),
                pf -> !validFrom(pf).isAfter(start) && !validTo(pf).isBefore(start));
        Instant after = start.minus(1, ChronoUnit.DAYS);
        assertEachMatches("validAfter", after.toString(), pf -> validFrom(pf).isAfter(after));
        Instant before = end.plus(1, ChronoUnit.DAYS);
        assertEachMatches("validBefore", before.toString(), pf -> validTo(pf).isBefore(before));
        assertEachMatches("status", first.get("status").asText(),
                pf -> first.get("status").asText().equals(pf.get("status").asText()));
    }

    @Test
    void bogusFilterValuesGiveAnEmptyList() {
        smelter();
        for (Map<String, List<String>> bogus : List.of(
                Map.of("productId", List.of("urn:bogus:product:xyz")),
                Map.of("companyId", List.of("urn:bogus:company:xyz")),
                Map.of("geography", List.of("XX")),
                Map.of("classification", List.of("urn:bogus:classification:xyz")),
                Map.of("validOn", List.of("1900-01-01T00:00:00Z")),
                Map.of("validAfter", List.of("2099-12-31T23:59:59Z")),
                Map.of("validBefore", List.of("1900-01-01T00:00:00Z")),
                Map.of("validOn", List.of("notadate")),
                Map.of("status", List.of("BogusStatusXXXX")),
                Map.of("companyId", List.of("urn:bogus:company:xyz"), "productId", List.of("urn:bogus:product:xyz")),
                Map.of("productId", List.of("urn:pact:copperpcf.org:product-id:copper.gold")),
                Map.of("classification", List.of("urn:pact:copperpcf.org:hs2022:999999")))) {
            host.request().queryParams(bogus).when().get(LIST)
                    .then().statusCode(200).body("data", empty());
        }
    }

    @Test
    void repeatedParametersAreOrDifferentOnesAndCaseIgnored() {
        Smelter a = smelter();
        Smelter b = smelter();
        assertEquals(Set.of(a.location(), a.market()), ids(Map.of("companyId", List.of(a.companyId()))));
        assertEquals(Set.of(a.location(), a.market(), b.location(), b.market()),
                ids(Map.of("companyId", List.of(a.companyId(), b.companyId()))));
        assertEquals(Set.of(a.location(), a.market()), ids(Map.of("companyId",
                List.of(a.companyId().toUpperCase()), "geography", List.of("cn-jx"), "status", List.of("active"),
                "productId", List.of("URN:PACT:COPPERPCF.ORG:PRODUCT-ID:COPPER.CATHODE"),
                "classification", List.of("urn:pact:copperpcf.org:HS2022:740311"))));
        assertEquals(Set.of(), ids(Map.of("companyId", List.of(a.companyId()), "geography", List.of("CN"))));
        assertEquals(Set.of(), ids(Map.of("companyId", List.of(a.companyId()), "status", List.of("Deprecated"))));
        assertEquals(Set.of(a.location(), a.market()), ids(Map.of("companyId", List.of(a.companyId()),
                "validOn", List.of("2027-06-30T12:00:00+08:00", "1900-01-01T00:00:00Z"))));
    }

    @Test
    void pagesNeverExceedTheLimitAndLinkAbsolutelyOnTheCallersHost() {
        Smelter s = smelter();
        String hostHeader = "127.0.0.1:" + https.getPort();
        List<String> seen = new ArrayList<>();
        Response page = host.request().header("Host", hostHeader).queryParam("companyId", s.companyId())
                .queryParam("limit", 1).when().get(LIST);
        int pages = 0;
        while (true) {
            page.then().statusCode(200);
            List<String> ids = page.jsonPath().getList("data.id");
            assertTrue(ids.size() <= 1, "never more than limit");
            seen.addAll(ids);
            pages++;
            String link = page.header("Link");
            if (link == null) {
                break;
            }
            Matcher next = NEXT.matcher(link);
            assertTrue(next.find(), link);
            assertTrue(next.group(1).startsWith("https://" + hostHeader + "/3/footprints?"), link);
            assertTrue(next.group(1).contains("limit=1"), link);
            page = host.request().urlEncodingEnabled(false).when()
                    .get(next.group(1).replace("https://" + hostHeader, ""));
        }
        assertEquals(2, pages);
        assertEquals(Set.of(s.location(), s.market()), new HashSet<>(seen));
        host.request().queryParam("limit", 0).when().get(LIST).then().statusCode(400).body("code", is("BadRequest"));
        host.request().queryParam("limit", "x").when().get(LIST).then().statusCode(400).body("code", is("BadRequest"));
        host.request().queryParam("cursor", "garbage!").when().get(LIST)
                .then().statusCode(400).body("code", is("BadRequest"));
    }

    @Test
    void errorsArePactErrors() {
        host.request().when().get(LIST + "/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/json").body("code", is("NotFound"))
                .body("message", startsWith("no footprint"));
        host.request().when().get(LIST + "/not-a-uuid").then().statusCode(404).body("code", is("NotFound"));
        PactHost.anonymous(https).when().get(LIST).then().statusCode(401).body("code", is("BadRequest"))
                .header("WWW-Authenticate", startsWith("Bearer"));
        PactHost.anonymous(https).auth().oauth2("invalid-token").when().get(LIST + "/" + UUID.randomUUID())
                .then().statusCode(401).body("code", is("BadRequest")).body("message", is("Invalid token provided"));
        QuarkusTransaction.requiringNew().run(() -> PactToken.update("expiresAt = ?1 where tokenHash = ?2",
                Instant.now().minusSeconds(1), ClientCredentials.sha256(host.token())));
        host.request().when().get(LIST).then().statusCode(401).body("code", is("TokenExpired"));
        given().auth().oauth2(host.token()).when().get(LIST).then().statusCode(403).body("code", is("AccessDenied"));
    }

    @Test
    void aRecalculationPublishesANewIdAndDeprecatesThePredecessor() {
        Smelter s = smelter();
        UUID correction = UUID.randomUUID();
        SeededReplicas.accept(broker, SeededReplicas.smelterDisclosure(s.supplier(), s.disclosure(), 2,
                DisclosureAccepted.SUPERSEDED, correction, 140_000, List.of()));
        SeededReplicas.accept(broker, SeededReplicas.smelterDisclosure(s.supplier(), correction, 1,
                DisclosureAccepted.ACCEPTED, null, 150_000, List.of()));
        await().atMost(SeededReplicas.PATIENCE).untilAsserted(() -> host.request().when().get(LIST + "/" + s.location())
                .then().statusCode(200).body("data.status", is("Deprecated")));
        JsonNode successors = list(Map.of("companyId", List.of(s.companyId()), "status", List.of("Active")));
        assertEquals(2, successors.size());
        Set<String> predecessors = new HashSet<>();
        for (JsonNode successor : successors) {
            assertValid(successor);
            assertFalse(Set.of(s.location(), s.market()).contains(successor.get("id").asText()), "a new id");
            assertEquals(1, successor.get("precedingPfIds").size());
            predecessors.add(successor.get("precedingPfIds").get(0).asText());
        }
        assertEquals(Set.of(s.location(), s.market()), predecessors);
        assertEquals(Set.of(s.location(), s.market()),
                ids(Map.of("companyId", List.of(s.companyId()), "status", List.of("Deprecated"))));
        assertValid(host.request().when().get(LIST + "/" + s.market()).then().statusCode(200)
                .body("data.status", is("Deprecated")).extract().as(JsonNode.class).get("data"));
    }

    private void assertEachMatches(String parameter, String value, Predicate<JsonNode> matches) {
        JsonNode found = list(Map.of(parameter, List.of(value)));
        assertFalse(found.isEmpty(), parameter + "=" + value + " found nothing");
        found.forEach(pf -> assertTrue(matches.test(pf), parameter + "=" + value + " found " + pf));
    }

    private JsonNode list(Map<String, List<String>> filters) {
        return host.request().queryParams(filters).when().get(LIST).then().statusCode(200).header("Link", (String) null)
                .extract().as(JsonNode.class).get("data");
    }

    private Set<String> ids(Map<String, List<String>> filters) {
        Set<String> ids = new HashSet<>();
        list(filters).forEach(pf -> ids.add(pf.get("id").asText()));
        return ids;
    }

    private static void assertValid(JsonNode footprint) {
        assertEquals(List.of(), V3.violations(footprint), footprint.toString());
    }

    private static Instant validFrom(JsonNode pf) {
        return Instant.parse(pf.get("validityPeriodStart").asText());
    }

    private static Instant validTo(JsonNode pf) {
        return Instant.parse(pf.get("validityPeriodEnd").asText());
    }
}
