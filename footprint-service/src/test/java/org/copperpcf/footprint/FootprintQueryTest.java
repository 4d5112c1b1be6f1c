package org.copperpcf.footprint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The buyer API: search by every filter and status with cursor pages, one version, compare with comparability
 * findings, explain with a contribution tree that adds up and reproduces, the CSV export, roles and named errors.
 * Each test announces its own supplier, so the filters isolate its footprints from other tests' in the shared
 * database.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FootprintQueryTest {
    private static final String FOOTPRINTS = "/api/v1/footprints";
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");
    private static final String CATHODE = """
            {"template":"cathode.pyro-flash.cn","factorRelease":"CN-2025.1","producer":{"supplierId":"%s"},
             "reportingPeriod":{"start":"2025-01-01","end":"2026-01-01"},"electricityMethod":"%s"}""";
    private static final String TUBE = """
            {"template":"tube.cast-and-roll.cn","factorRelease":"CN-2025.1",
             "supplyMix":[{"product":"copper.cathode","sources":[{"supplierId":"%s","share":"1"}]}]}""";
    private static final String ROD = """
            {"template":"rod.cast-and-roll.cn","factorRelease":"CN-2025.1","gwpSet":"%s"}""";

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @BeforeEach
    void seedsReplicated() {
        SeededReplicas.replicate(broker);
    }

    /** A smelter with accepted 2025 data, a cathode of it location- and market-based, and a tube buying it. */
    private record Smelter(UUID supplier, UUID disclosure, String location, String market, String tube) {
    }

    private Smelter smelter() {
        UUID supplier = UUID.randomUUID();
        UUID disclosure = UUID.randomUUID();
        SeededReplicas.accept(broker, SeededReplicas.smelterDisclosure(supplier, disclosure, 1,
                DisclosureAccepted.ACCEPTED, null, 140_000, List.of()));
        return new Smelter(supplier, disclosure, create(CATHODE.formatted(supplier, "location_based")),
                create(CATHODE.formatted(supplier, "market_based")), create(TUBE.formatted(supplier)));
    }

    @Test
    void eachFilterFindsExactlyTheMatchingFootprints() {
        Smelter s = smelter();
        String supplier = s.supplier().toString();
        assertEquals(Set.of(s.location(), s.market(), s.tube()), ids(Map.of("supplier", supplier)));
        assertEquals(Set.of(s.tube()), ids(Map.of("supplier", supplier, "product", "copper.tube")));
        assertEquals(Set.of(s.tube()), ids(Map.of("supplier", supplier, "template", "tube.cast-and-roll.cn")));
        assertEquals(Set.of(s.location(), s.market()), ids(Map.of("supplier", supplier, "geography", "CN-JX")));
        assertEquals(Set.of(s.tube()), ids(Map.of("supplier", supplier, "geography", "CN")));
        assertEquals(Set.of(s.market()), ids(Map.of("supplier", supplier, "electricityMethod", "market_based")));
        assertEquals(Set.of(s.location(), s.market()), ids(Map.of("supplier", supplier, "validOn", "2025-06-30")));
        assertEquals(Set.of(), ids(Map.of("supplier", supplier, "validOn", "2026-01-01")), "the end is exclusive");
        assertEquals(Set.of(s.location(), s.market()), ids(Map.of("supplier", supplier, "periodFrom", "2025-12-01",
                "periodTo", "2026-03-01")));
        assertEquals(Set.of(), ids(Map.of("supplier", supplier, "periodFrom", "2026-01-01", "periodTo", "2027-01-01")));
        assertEquals(Set.of(), ids(Map.of("supplier", UUID.randomUUID().toString())));

        given().auth().oauth2(TestTokens.certifier()).queryParam("product", "copper.tube").when().get(FOOTPRINTS)
                .then().statusCode(200).body("product", everyItem(is("copper.tube")))
                .body("status", everyItem(is("current")));
        given().auth().oauth2(TestTokens.buyer()).queryParam("template", "tube.cast-and-roll.cn")
                .queryParam("limit", 500).when().get(FOOTPRINTS)
                .then().statusCode(200).body("footprintId", hasItems(s.tube()))
                .body("specification.template", everyItem(is("tube.cast-and-roll.cn")));
    }

    @Test
    void aCorrectionDeprecatesVersionsWhichStatusFindsAndPagesWalkThroughThemAll() {
        Smelter s = smelter();
        UUID correction = UUID.randomUUID();
        SeededReplicas.accept(broker, SeededReplicas.smelterDisclosure(s.supplier(), s.disclosure(), 2,
                DisclosureAccepted.SUPERSEDED, correction, 140_000, List.of()));
        SeededReplicas.accept(broker, SeededReplicas.smelterDisclosure(s.supplier(), correction, 1,
                DisclosureAccepted.ACCEPTED, null, 150_000, List.of()));
        await().atMost(SeededReplicas.PATIENCE).untilAsserted(() -> {
            for (String id : List.of(s.location(), s.market(), s.tube())) {
                given().auth().oauth2(TestTokens.buyer()).when().get(FOOTPRINTS + "/" + id).then().body("version", is(2));
            }
        });
        String supplier = s.supplier().toString();
        Set<String> all = Set.of(s.location(), s.market(), s.tube());

        JsonPath current = search(Map.of("supplier", supplier));
        assertEquals(List.of(2, 2, 2), current.getList("version"));
        JsonPath deprecated = search(Map.of("supplier", supplier, "status", "deprecated"));
        assertEquals(List.of(1, 1, 1), deprecated.getList("version"));
        assertEquals(List.of("deprecated", "deprecated", "deprecated"), deprecated.getList("status"));
        assertEquals(all, new HashSet<>(deprecated.getList("footprintId")));

        List<String> versionIds = new ArrayList<>();
        Response page = given().auth().oauth2(TestTokens.buyer()).queryParam("supplier", supplier)
                .queryParam("status", "all").queryParam("limit", 4).when().get(FOOTPRINTS);
        int pages = 0;
        while (true) {
            page.then().statusCode(200);
            versionIds.addAll(page.jsonPath().getList("versionId"));
            pages++;
            String link = page.header("Link");
            if (link == null) {
                break;
            }
            Matcher next = NEXT.matcher(link);
            assertTrue(next.find(), link);
            page = given().auth().oauth2(TestTokens.buyer()).urlEncodingEnabled(false).when().get(next.group(1));
        }
        assertEquals(2, pages);
        assertEquals(6, versionIds.size());
        assertEquals(6, new HashSet<>(versionIds).size(), "no version twice across pages");

        given().auth().oauth2(TestTokens.certifier()).when().get(FOOTPRINTS + "/" + s.tube() + "/versions/1")
                .then().statusCode(200).body("version", is(1)).body("status", is("deprecated"))
                .body("lineage.supplierData[0].id", is(s.disclosure().toString()));
        given().auth().oauth2(TestTokens.certifier()).when().get(FOOTPRINTS + "/" + s.tube() + "/versions/3")
                .then().statusCode(404).body("code", is("NOT_FOUND"));
    }

    @Test
    void aComparisonGivesTheDifferencesAndSaysWhyTwoFootprintsAreNotComparable() {
        Smelter s = smelter();
        JsonPath electricity = compare(s.location(), s.market());
        assertEquals(List.of("ELECTRICITY_METHOD_DIFFERS"), electricity.getList("findings.code"));
        assertFalse(electricity.getBoolean("comparable"));
        BigDecimal a = new BigDecimal(electricity.getString("a.kgCo2e"));
        BigDecimal b = new BigDecimal(electricity.getString("b.kgCo2e"));
        assertEquals(0, b.subtract(a).compareTo(new BigDecimal(electricity.getString("difference"))));
        assertEquals(b.doubleValue() / a.doubleValue(), electricity.getDouble("ratio"), 1e-9);
        Map<String, Map<String, String>> stages = electricity.getMap("byStage");
        assertTrue(stages.containsKey("smelting"), stages.toString());
        stages.values().forEach(d -> assertEquals(0, new BigDecimal(d.get("b")).subtract(new BigDecimal(d.get("a")))
                .compareTo(new BigDecimal(d.get("difference")))));
        assertNotNull(electricity.getString("metrics.renewableElectricityShare.a"));

        String ar6 = create(ROD.formatted("AR6"));
        String ar5 = create(ROD.formatted("AR5"));
        assertEquals(List.of("GWP_SET_DIFFERS"), compare(ar6, ar5).getList("findings.code"));
        JsonPath products = compare(s.location(), ar6);
        assertTrue(products.getList("findings.code").contains("PRODUCT_DIFFERS"));
        Map<String, Object> byProcess = products.getMap("byProcess");
        Set<String> processes = byProcess.keySet();
        assertTrue(processes.contains("rod.cast-and-roll.cn"), "keys of b: " + processes);
        assertTrue(processes.contains("cathode.pyro-flash.smelting-refining.cn@" + s.supplier()), "keys of a");

        JsonPath same = given().auth().oauth2(TestTokens.buyer()).queryParam("a", ar6).queryParam("aVersion", 1)
                .queryParam("b", ar6).when().get(FOOTPRINTS + "/compare").then().statusCode(200).extract().jsonPath();
        assertTrue(same.getBoolean("comparable"));
        assertEquals("0", same.getString("difference"));
        assertEquals("1", same.getString("ratio"));

        given().auth().oauth2(TestTokens.buyer()).queryParam("a", ar6).queryParam("b", "not-a-uuid")
                .queryParam("bVersion", 0).when().get(FOOTPRINTS + "/compare").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", is(List.of("b", "bVersion")));
        given().auth().oauth2(TestTokens.buyer()).queryParam("a", ar6).when().get(FOOTPRINTS + "/compare")
                .then().statusCode(400).body("violations[0].field", is("b"));
        given().auth().oauth2(TestTokens.buyer()).queryParam("a", ar6).queryParam("b", UUID.randomUUID())
                .when().get(FOOTPRINTS + "/compare").then().statusCode(404);
    }

    @Test
    void theExplanationTreeAddsUpToTheFootprintAndReproducesItsHash() {
        Smelter s = smelter();
        JsonPath stored = given().auth().oauth2(TestTokens.buyer()).when().get(FOOTPRINTS + "/" + s.tube())
                .then().statusCode(200).extract().jsonPath();
        double total = stored.getDouble("kgCo2e");
        for (String minShare : List.of("0.01", "0.9")) {
            JsonPath explained = given().auth().oauth2(TestTokens.certifier()).queryParam("minShare", minShare)
                    .when().get(FOOTPRINTS + "/" + s.tube() + "/explain").then().statusCode(200)
                    .body("reproduced", is(true)).body("resultHash", is(stored.getString("resultHash")))
                    .body("tree[0].product", is("copper.tube")).body("tree[0].stage", notNullValue())
                    .extract().jsonPath();
            List<Map<String, Object>> roots = explained.getList("tree");
            double sum = roots.stream().mapToDouble(root -> number(root, "totalKgCo2e")).sum();
            assertEquals(total, sum, 1e-6 * total, "roots add up to the footprint");
            roots.forEach(root -> assertAddsUp(root, total));
            assertEquals(1.0, roots.stream().mapToDouble(root -> number(root, "share")).sum(), 1e-5);
            if (minShare.equals("0.9")) {
                assertTrue(explained.getList("tree[0].children.process").contains("other"), "a cut becomes other");
            }
        }
        given().auth().oauth2(TestTokens.certifier()).queryParam("version", 1)
                .when().get(FOOTPRINTS + "/" + s.location() + "/explain").then().statusCode(200)
                .body("reproduced", is(true)).body("tree[0].product", is("copper.cathode"));
        given().auth().oauth2(TestTokens.certifier()).queryParam("minShare", "2").queryParam("version", "0")
                .when().get(FOOTPRINTS + "/" + s.tube() + "/explain").then().statusCode(400)
                .body("violations.field", is(List.of("version", "minShare")));
        given().auth().oauth2(TestTokens.certifier()).queryParam("version", 9)
                .when().get(FOOTPRINTS + "/" + s.tube() + "/explain").then().statusCode(404);
    }

    @Test
    void theCsvExportHasAHeaderOneRowPerVersionAndTheStageShares() {
        Smelter s = smelter();
        Response response = given().auth().oauth2(TestTokens.buyer()).queryParam("supplier", s.supplier())
                .when().get(FOOTPRINTS + "/export.csv");
        response.then().statusCode(200).contentType(containsString("text/csv"))
                .contentType(containsString("charset=UTF-8"));
        List<List<String>> rows = parseCsv(response.asString());
        List<String> header = rows.getFirst();
        assertEquals(List.of("footprint_id", "version", "status", "product", "template", "producer_supplier_id",
                "geography", "period_start", "period_end", "declared_unit", "kg_co2e", "fossil_kg_co2e",
                "biogenic_kg_co2e", "primary_data_share_pct", "recycled_content_pct", "renewable_electricity_pct",
                "dqr_overall", "uncertainty_low95_kg_co2e", "uncertainty_high95_kg_co2e", "gwp_set",
                "factor_release", "electricity_method", "result_hash", "calculated_at"), header.subList(0, 24));
        assertTrue(header.contains("stage_share_pct.smelting"), header.toString());
        assertEquals(4, rows.size(), "header and three footprints");
        JsonPath market = given().auth().oauth2(TestTokens.buyer()).when().get(FOOTPRINTS + "/" + s.market())
                .then().extract().jsonPath();
        List<String> row = rows.stream().filter(r -> r.getFirst().equals(s.market())).findFirst().orElseThrow();
        assertEquals(header.size(), row.size());
        assertEquals(market.getString("kgCo2e"), row.get(header.indexOf("kg_co2e")));
        assertEquals("market_based", row.get(header.indexOf("electricity_method")));
        assertEquals("CN-2025.1", row.get(header.indexOf("factor_release")));
        assertEquals(s.supplier().toString(), row.get(header.indexOf("producer_supplier_id")));
        assertEquals("2025-01-01", row.get(header.indexOf("period_start")));
        assertEquals(market.getString("metrics.dataQuality.overall"), row.get(header.indexOf("dqr_overall")));
        double shares = header.stream().filter(h -> h.startsWith("stage_share_pct.")).map(h -> row.get(header.indexOf(h)))
                .filter(v -> !v.isEmpty()).mapToDouble(Double::parseDouble).sum();
        assertEquals(100, shares, 0.01);
        for (List<String> values : rows.subList(1, rows.size())) {
            for (int i = header.indexOf("kg_co2e"); i <= header.indexOf("uncertainty_high95_kg_co2e"); i++) {
                assertTrue(values.get(i).matches("-?\\d+(\\.\\d+)?"), header.get(i) + " is a plain decimal");
            }
        }

        given().auth().oauth2(TestTokens.buyer()).queryParam("supplier", s.supplier()).queryParam("limit", 2)
                .when().get(FOOTPRINTS + "/export.csv").then().statusCode(200)
                .header("Link", containsString("rel=\"next\""));
    }

    @Test
    void onlyBuyersCertifiersAndAdminsReadAndBadFiltersAreNamed() {
        String rod = create(ROD.formatted("AR6"));
        String supplier = TestTokens.supplier(UUID.randomUUID());
        for (String path : List.of(FOOTPRINTS, FOOTPRINTS + "/export.csv", FOOTPRINTS + "/" + rod + "/versions/1",
                FOOTPRINTS + "/" + rod + "/explain", FOOTPRINTS + "/compare?a=" + rod + "&b=" + rod)) {
            given().auth().oauth2(supplier).when().get(path).then().statusCode(403).body("code", is("FORBIDDEN"));
            given().when().get(path).then().statusCode(401);
            given().auth().oauth2(TestTokens.admin()).when().get(path).then().statusCode(200);
        }
        given().auth().oauth2(TestTokens.buyer()).queryParam("supplier", "smelter-1").queryParam("validOn", "2025-13-01")
                .queryParam("status", "active").queryParam("electricityMethod", "green")
                .queryParam("periodFrom", "2026-01-01").queryParam("periodTo", "2025-01-01")
                .when().get(FOOTPRINTS).then().statusCode(400).contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED"))
                .body("violations.field", is(List.of("supplier", "validOn", "periodTo", "status",
                        "electricityMethod")));
        given().auth().oauth2(TestTokens.buyer()).queryParam("limit", 501).when().get(FOOTPRINTS)
                .then().statusCode(400).body("violations[0].field", is("limit"));
        given().auth().oauth2(TestTokens.buyer()).queryParam("cursor", "bm90LWEtY3Vyc29y").when().get(FOOTPRINTS)
                .then().statusCode(400).body("violations[0].field", is("cursor"));
        given().auth().oauth2(TestTokens.buyer()).queryParam("status", "all").queryParam("limit", 1)
                .when().get(FOOTPRINTS).then().statusCode(200).header("Link", notNullValue());
        given().auth().oauth2(TestTokens.buyer()).queryParam("supplier", UUID.randomUUID())
                .when().get(FOOTPRINTS).then().statusCode(200).header("Link", nullValue()).body("size()", is(0));
    }

    private static void assertAddsUp(Map<String, Object> node, double footprint) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> children = (List<Map<String, Object>>) node.get("children");
        double sum = number(node, "directKgCo2e") + children.stream().mapToDouble(c -> number(c, "totalKgCo2e")).sum();
        assertEquals(number(node, "totalKgCo2e"), sum, 1e-6 * Math.abs(footprint), "node " + node.get("process"));
        children.forEach(child -> assertAddsUp(child, footprint));
    }

    private static double number(Map<String, Object> node, String field) {
        return new BigDecimal(String.valueOf(node.get(field))).doubleValue();
    }

    private static Set<String> ids(Map<String, String> filters) {
        return new HashSet<>(search(filters).getList("footprintId"));
    }

    private static JsonPath search(Map<String, String> filters) {
        return given().auth().oauth2(TestTokens.buyer()).queryParams(filters).when().get(FOOTPRINTS)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath compare(String a, String b) {
        return given().auth().oauth2(TestTokens.buyer()).queryParam("a", a).queryParam("b", b)
                .when().get(FOOTPRINTS + "/compare").then().statusCode(200).extract().jsonPath();
    }

    private static String create(String body) {
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body)
                .when().post(FOOTPRINTS).then().statusCode(201).extract().path("footprintId");
    }

    /** RFC 4180: CRLF between records, quoted fields with doubled quotes. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertTrue(row.isEmpty() && field.isEmpty(), "the last record ends with CRLF");
        return rows;
    }
}
