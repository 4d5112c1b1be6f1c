package org.copperpcf.footprint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.copperpcf.footprint.TestFootprints.create;
import static org.copperpcf.footprint.TestFootprints.currentVersion;
import static org.copperpcf.footprint.TestFootprints.texts;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.footprint.pact.PactHost;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.kit.pact.PactSchema;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The PACT v2.3 adapter: every document it lists or serves validates against shared/pact/v2/openapi.yaml and tells
 * the same numbers under the same id as /3; pages never exceed limit and link absolutely on the caller's host; a
 * recalculation shows as version 2 Deprecated; errors are PACT's (404 NoSuchFootprint, as the conformance suite
 * expects on /2), including InternalError for an unexpected failure;
 * HTTPS only, bearer token required.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PactV2FootprintTest {
    private static final PactSchema V2 = PactSchema.productFootprint(Path.of("../../shared/pact/v2/openapi.yaml"));
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");
    private static final String LIST = "/2/footprints";
    private static final String CATHODE = """
            {"template":"cathode.pyro-flash.cn","factorRelease":"CN-2025.1","producer":{"supplierId":"%s"},
             "reportingPeriod":{"start":"2025-01-01","end":"2026-01-01"}}""";
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

    /** A smelter with accepted 2025 data and the current version of its cathode footprint. */
    private record Smelter(UUID supplier, UUID disclosure, String cathode) {
    }

    private Smelter smelter() {
        UUID supplier = UUID.randomUUID();
        UUID disclosure = UUID.randomUUID();
        SeededReplicas.accept(broker, SeededReplicas.smelterDisclosure(supplier, disclosure, 1,
                DisclosureAccepted.ACCEPTED, null, 140_000, List.of()));
        return new Smelter(supplier, disclosure, currentVersion(create(CATHODE.formatted(supplier))));
    }

    @Test
    void everyDocumentValidatesAndTellsTheSameNumbersAsV3() {
        Smelter s = smelter();
        create(ROD);
        JsonNode all = list();
        assertTrue(all.size() >= 2, "an unlimited list returns every footprint: " + all.size());
        for (JsonNode v2 : all) {
            assertValid(v2);
            JsonNode v3 = host.request().when().get("/3/footprints/" + v2.get("id").asText())
                    .then().statusCode(200).extract().as(JsonNode.class).get("data");
            assertSameFootprint(v3, v2);
        }

        JsonNode cathode = host.request().when().get(LIST + "/" + s.cathode())
                .then().statusCode(200).contentType("application/json").extract().as(JsonNode.class).get("data");
        assertValid(cathode);
        assertEquals(s.cathode(), cathode.get("id").asText());
        assertEquals("2.3.3", cathode.get("specVersion").asText());
        assertEquals(1, cathode.get("version").asInt());
        assertNull(cathode.get("updated"), "never updated");
        assertNull(cathode.get("statusComment"), "a first version");
        assertEquals("414", cathode.get("productCategoryCpc").asText());
        JsonNode pcf = cathode.get("pcf");
        assertEquals("kilogram", pcf.get("declaredUnit").asText());
        assertEquals("1", pcf.get("unitaryProductAmount").asText());
        assertEquals("AR6", pcf.get("characterizationFactors").asText());
        assertEquals(List.of("AR6"), texts(pcf.get("ipccCharacterizationFactorsSources")));
        assertEquals(List.of("ISO Standard 14067"), texts(pcf.get("crossSectoralStandardsUsed")));
        assertEquals("CN-JX", pcf.get("geographyCountrySubdivision").asText());
        assertTrue(pcf.get("pCfExcludingBiogenic").isTextual(), pcf.toString());
        assertTrue(pcf.get("exemptedEmissionsPercent").isNumber(), "a number in v2: " + pcf);
        assertTrue(pcf.get("primaryDataShare").isNumber(), "a number in v2: " + pcf);
        assertTrue(pcf.get("uncertaintyAssessmentDescription").asText().startsWith("95 % interval "), pcf.toString());
        assertNull(pcf.get("dqi"), "v2's 1-3 DQRs with coverage cannot hold our 1-5 pedigree ratings");
        assertNull(pcf.get("productOrSectorSpecificRules"));
        assertNull(pcf.get("declaredUnitOfMeasurement"), "no v3 names");
    }

    @Test
    void aRecalculationShowsAsVersionTwoDeprecatedAndItsSuccessorNamesIt() {
        Smelter s = smelter();
        UUID correction = UUID.randomUUID();
        SeededReplicas.accept(broker, SeededReplicas.smelterDisclosure(s.supplier(), s.disclosure(), 2,
                DisclosureAccepted.SUPERSEDED, correction, 140_000, List.of()));
        SeededReplicas.accept(broker, SeededReplicas.smelterDisclosure(s.supplier(), correction, 1,
                DisclosureAccepted.ACCEPTED, null, 150_000, List.of()));
        await().atMost(SeededReplicas.PATIENCE).untilAsserted(() -> host.request().when().get(LIST + "/" + s.cathode())
                .then().statusCode(200).body("data.status", is("Deprecated")));
        JsonNode old = host.request().when().get(LIST + "/" + s.cathode()).then().statusCode(200)
                .extract().as(JsonNode.class).get("data");
        assertValid(old);
        assertEquals(2, old.get("version").asInt());
        String successor = old.get("statusComment").asText().substring("Superseded by ".length(),
                "Superseded by ".length() + 36);
        JsonNode next = host.request().when().get(LIST + "/" + successor).then().statusCode(200)
                .extract().as(JsonNode.class).get("data");
        assertValid(next);
        assertEquals("Active", next.get("status").asText());
        assertEquals(1, next.get("version").asInt());
        assertEquals(List.of(s.cathode()), texts(next.get("precedingPfIds")));
        assertEquals(next.get("created").asText(), old.get("updated").asText(), "deprecated when its successor came");
        assertTrue(next.get("statusComment").asText().startsWith("Recalculation of " + s.cathode()), next.toString());
    }

    @Test
    void pagesNeverExceedTheLimitAndLinkAbsolutelyOnTheCallersHost() {
        smelter();
        smelter();
        Set<String> all = new HashSet<>();
        list().forEach(pf -> all.add(pf.get("id").asText()));
        String hostHeader = "127.0.0.1:" + https.getPort();
        List<String> seen = new ArrayList<>();
        Response page = host.request().header("Host", hostHeader).queryParam("limit", 3)
                .queryParam("$filter", "pcf/geographyCountry eq 'XX'").when().get(LIST);
        while (true) {
            page.then().statusCode(200);
            List<String> ids = page.jsonPath().getList("data.id");
            assertTrue(ids.size() <= 3, "never more than limit");
            seen.addAll(ids);
            String link = page.header("Link");
            if (link == null) {
                break;
            }
            Matcher next = NEXT.matcher(link);
            assertTrue(next.find(), link);
            assertTrue(next.group(1).startsWith("https://" + hostHeader + "/2/footprints?"), link);
            assertTrue(next.group(1).contains("limit=3"), link);
            page = host.request().header("Host", hostHeader).urlEncodingEnabled(false).when()
                    .get(next.group(1).replace("https://" + hostHeader, ""));
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no footprint twice");
        assertTrue(new HashSet<>(seen).containsAll(all) && all.containsAll(seen),
                "the pages hold the unlimited list; $filter is ignored");
        host.request().queryParam("limit", 0).when().get(LIST).then().statusCode(400).body("code", is("BadRequest"));
        host.request().queryParam("limit", "x").when().get(LIST).then().statusCode(400).body("code", is("BadRequest"));
        host.request().queryParam("cursor", "garbage!").when().get(LIST)
                .then().statusCode(400).body("code", is("BadRequest"));
    }

    @Test
    void errorsArePactErrorsAndOnlyHttpsWithATokenIsServed() {
        // v2.0–2.2's code, which PACT's conformance suite (test case 8) expects; /3 answers NotFound
        host.request().when().get(LIST + "/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/json").body("code", is("NoSuchFootprint"))
                .body("message", startsWith("no footprint")).body("size()", is(2));
        host.request().when().get(LIST + "/not-a-uuid").then().statusCode(404).body("code", is("NoSuchFootprint"));
        host.request().when().get("/3/footprints/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).body("code", is("NotFound"));
        PactHost.anonymous(https).when().get(LIST).then().statusCode(401).body("code", is("BadRequest"))
                .header("WWW-Authenticate", startsWith("Bearer"));
        PactHost.anonymous(https).auth().oauth2("invalid-token").when().get(LIST + "/" + UUID.randomUUID())
                .then().statusCode(401).body("code", is("BadRequest"));
        given().auth().oauth2(host.token()).when().get(LIST).then().statusCode(403).body("code", is("AccessDenied"));
        given().auth().oauth2(host.token()).when().get(LIST + "/" + UUID.randomUUID())
                .then().statusCode(403).body("code", is("AccessDenied"));
    }

    /**
     * A stored version whose GWP set names no IPCC report cannot be mapped: both PACT versions answer 500
     * InternalError with a reference and nothing of the exception. The row is removed again (past the immutability
     * trigger, within one transaction) so that other tests list clean data.
     */
    @Test
    void anUnexpectedFailureIsAnInternalErrorWithoutInternals() {
        Smelter s = smelter();
        UUID broken = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery("insert into "
                        + "footprint_version (id, footprint_id, version, status, predecessor_id, product, declared_unit, "
                        + "total, result, lineage, inputs_hash, result_hash, calculated_at, reason) select ?1, "
                        + "footprint_id, version + 1000, 'DEPRECATED', null, product, declared_unit, total, result, "
                        + "jsonb_set(lineage, '{gwpSet}', '\"house GWP\"'), inputs_hash, result_hash, calculated_at, "
                        + "reason from footprint_version where id = ?2")
                .setParameter(1, broken).setParameter(2, UUID.fromString(s.cathode())).executeUpdate());
        try {
            for (String path : List.of(LIST + "/" + broken, "/3/footprints/" + broken)) {
                host.request().when().get(path).then().statusCode(500).contentType("application/json")
                        .body("code", is("InternalError")).body("message", startsWith("An internal error occurred"))
                        .body("message", not(containsString("GWP"))).body("size()", is(2));
            }
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                var entities = Panache.getEntityManager();
                entities.createNativeQuery("alter table footprint_version disable trigger footprint_version_immutable")
                        .executeUpdate();
                entities.createNativeQuery("delete from footprint_version where id = ?1").setParameter(1, broken)
                        .executeUpdate();
                entities.createNativeQuery("alter table footprint_version enable trigger footprint_version_immutable")
                        .executeUpdate();
            });
        }
        host.request().when().get(LIST + "/" + broken).then().statusCode(404).body("code", is("NoSuchFootprint"));
    }

    /** The v3 and v2 documents of one footprint tell the same story in their own names and types. */
    private static void assertSameFootprint(JsonNode v3, JsonNode v2) {
        for (String field : List.of("id", "created", "status", "validityPeriodStart", "validityPeriodEnd",
                "companyName", "companyIds", "productDescription", "productIds", "productClassifications",
                "productNameCompany", "comment", "precedingPfIds")) {
            assertEquals(v3.get(field), v2.get(field), field);
        }
        JsonNode a = v3.get("pcf");
        JsonNode b = v2.get("pcf");
        assertEquals(a.get("declaredUnitOfMeasurement"), b.get("declaredUnit"));
        assertEquals(a.get("declaredUnitAmount"), b.get("unitaryProductAmount"));
        assertEquals(a.get("pcfExcludingBiogenicUptake"), b.get("pCfExcludingBiogenic"));
        assertEquals(a.get("pcfIncludingBiogenicUptake"), b.get("pCfIncludingBiogenic"));
        assertEquals(a.get("ipccCharacterizationFactors"), b.get("ipccCharacterizationFactorsSources"));
        for (String field : List.of("productMassPerDeclaredUnit", "fossilGhgEmissions", "fossilCarbonContent",
                "biogenicCarbonContent", "crossSectoralStandards", "boundaryProcessesDescription",
                "referencePeriodStart", "referencePeriodEnd", "geographyCountry", "geographyCountrySubdivision",
                "secondaryEmissionFactorSources", "exemptedEmissionsDescription", "packagingEmissionsIncluded",
                "allocationRulesDescription")) {
            assertEquals(a.get(field), b.get(field), field);
        }
        for (String field : List.of("exemptedEmissionsPercent", "primaryDataShare")) {
            if (a.has(field) || b.has(field)) {
                assertEquals(0, new BigDecimal(a.get(field).asText()).compareTo(b.get(field).decimalValue()), field);
            }
        }
    }

    private JsonNode list() {
        return host.request().when().get(LIST).then().statusCode(200).header("Link", (String) null)
                .extract().as(JsonNode.class).get("data");
    }

    private static void assertValid(JsonNode footprint) {
        assertEquals(List.of(), V2.violations(footprint), footprint.toString());
    }
}
