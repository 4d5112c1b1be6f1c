package org.copperpcf.inventory;

import static io.restassured.RestAssured.given;
import static org.copperpcf.inventory.InventoryFixtures.file;
import static org.copperpcf.inventory.InventoryFixtures.seedProcess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every validation rule with an example that breaks it, through the validation endpoint; each starts from a
 * default model that passes and changes one thing.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ValidationRulesTest {
    private static final String ROD = "rod.cast-and-roll.cn";
    private static final String FLASH = "cathode.pyro-flash.smelting-refining.cn";

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @BeforeEach
    void defaultModelsPublished() {
        InventoryFixtures.defaultModelsPublished(broker);
    }

    @Test
    void theDefaultModelsPassAsTheyAre() {
        JsonPath report = validate(file(List.of(seedProcess(ROD), seedProcess(FLASH)), List.of()));
        assertTrue(report.getBoolean("valid"), report.prettify());
        assertEquals(List.of(), report.getList("warnings"));
    }

    @Test
    void aFactorKeyThatIsNotInTheReleaseIsUnresolved() {
        ObjectNode rod = seedProcess(ROD);
        exchange(rod, "electricity.footprint.cn.2024").put("factorKey", "electricity.footprint.cn.2099");
        assertError(rod, fieldOf(rod, "electricity.footprint.cn.2099", "factorKey"), "UNRESOLVED",
                "no factor 'electricity.footprint.cn.2099'");
    }

    @Test
    void aProductNoProcessMakesIsUnresolved() {
        ObjectNode rod = seedProcess(ROD);
        exchange(rod, "copper.cathode").put("product", "copper.cathode-grade-b");
        assertError(rod, fieldOf(rod, "copper.cathode-grade-b", "product"), "UNRESOLVED",
                "no published process makes 'copper.cathode-grade-b'");
    }

    @Test
    void aUnitOfAnotherDimensionThanTheFactorIsRefused() {
        ObjectNode rod = seedProcess(ROD);
        exchange(rod, "electricity.footprint.cn.2024").put("unit", "t");
        assertError(rod, fieldOf(rod, "electricity.footprint.cn.2024", "unit"), "UNIT",
                "t cannot be converted to kWh");
    }

    @Test
    void anUnknownUnitIsRefused() {
        ObjectNode rod = seedProcess(ROD);
        exchange(rod, "electricity.footprint.cn.2024").put("unit", "kWhh");
        assertError(rod, fieldOf(rod, "electricity.footprint.cn.2024", "unit"), "UNIT", "unknown unit 'kWhh'");
    }

    @Test
    void aNegativeAmountIsRefused() {
        ObjectNode rod = seedProcess(ROD);
        exchange(rod, "electricity.footprint.cn.2024").put("amount", "-85");
        assertError(rod, fieldOf(rod, "electricity.footprint.cn.2024", "amount"), "AMOUNT", "must not be negative");
    }

    @Test
    void copperLostBeyondTheToleranceBreaksTheMassBalance() {
        ObjectNode rod = seedProcess(ROD);
        exchange(rod, "copper.cathode").put("amount", "1.2");
        assertError(rod, "exchanges", "MASS_BALANCE", "below copper in");
    }

    @Test
    void copperOutOfNowhereBreaksTheMassBalance() {
        ObjectNode rod = seedProcess(ROD);
        exchange(rod, "copper.cathode").put("amount", "0.9");
        assertError(rod, "exchanges", "MASS_BALANCE", "would create copper");
    }

    @Test
    void allocationSharesMustSumToOne() {
        ObjectNode flash = seedProcess(FLASH);
        for (String product : List.of("anode-slime", "slag.smelter")) {
            ObjectNode parameters = exchange(flash, product).with("allocation").putObject("parameters");
            parameters.put("share.copper.cathode", "0.9");
            parameters.put("share.anode-slime", "0.05");
            parameters.put("share.slag.smelter", "0.02");
        }
        assertError(flash, fieldOf(flash, "anode-slime", "allocation.parameters"), "ALLOCATION",
                "allocation shares sum to 0.97, not 1");
    }

    @Test
    void coProductsOfOneProcessShareOnePartitioningMethod() {
        ObjectNode flash = seedProcess(FLASH);
        exchange(flash, "slag.smelter").with("allocation").put("method", "physical");
        assertError(flash, fieldOf(flash, "slag.smelter", "allocation.method"), "ALLOCATION",
                "share one partitioning method");
    }

    @Test
    void aSubstitutionNamesAFactorThatExists() {
        ObjectNode flash = seedProcess(FLASH);
        exchange(flash, "sulphuric-acid").with("allocation").with("parameters")
                .put("substitutedFactorKey", "material.sulphuric-acid.mars");
        assertError(flash, fieldOf(flash, "sulphuric-acid", "allocation.parameters.substitutedFactorKey"),
                "UNRESOLVED", "no factor 'material.sulphuric-acid.mars'");
    }

    @Test
    void aProcessConsumingItsOwnProductNeedsAStatedReason() {
        ObjectNode rod = seedProcess(ROD);
        ObjectNode loop = exchange(rod, "copper.cathode").deepCopy();
        loop.put("product", "copper.rod").put("amount", "0.01").put("copperContent", "0.9995");
        rod.withArray("exchanges").add(loop);
        String field = "exchanges[" + (rod.withArray("exchanges").size() - 1) + "].product";
        assertError(rod, field, "CYCLE", "consumes its own product copper.rod");

        loop.put("loopReason", "off-spec rod bought back from the wire mill and remelted");
        loop.put("amount", "0");
        assertTrue(validate(file(List.of(rod), List.of())).getBoolean("valid"));
    }

    @Test
    void aSupplyLoopBetweenProcessesNeedsAStatedReason() {
        ObjectNode alpha = loopProcess("test.loop-alpha", "test.alpha", "test.beta");
        ObjectNode beta = loopProcess("test.loop-beta", "test.beta", "test.alpha");
        ObjectNode template = template("test.loop", "test.alpha", List.of("test.loop-alpha", "test.loop-beta"));
        JsonPath report = validate(file(List.of(alpha, beta), List.of(template)));
        assertFinding(report, "errors", "templates[0].nodes", "CYCLE",
                "supply loop without a stated reason: test.loop-alpha <- test.beta <- test.loop-beta <- test.alpha");

        ((ObjectNode) beta.withArray("exchanges").get(0)).put("loopReason", "catalyst regenerated by alpha");
        assertTrue(validate(file(List.of(alpha, beta), List.of(template))).getBoolean("valid"));
    }

    @Test
    void everyProductInputOfATemplateNeedsAProviderNode() {
        ObjectNode template = template("test.rod-alone", "copper.rod", List.of(ROD));
        assertFinding(validate(file(List.of(), List.of(template))), "errors", "templates[0].nodes[0]", "PROVIDER",
                "no node makes copper.cathode");
    }

    @Test
    void severalProvidersNeedAParameterChoosingAmongThem() {
        ObjectNode template = template("test.rod-two-cathodes", "copper.rod", List.of(ROD, FLASH,
                "cathode.secondary.smelting-refining.cn", "concentrate.mining-beneficiation.cn",
                "scrap.post-consumer.collection-preparation.cn"));
        assertFinding(validate(file(List.of(), List.of(template))), "errors", "templates[0].nodes[0]", "PROVIDER",
                "2 nodes make copper.cathode");
    }

    @Test
    void aParameterDefaultOutsideItsRangeIsRefused() {
        ObjectNode file = InventoryFixtures.seedFile();
        ObjectNode rodTemplate = null;
        for (var template : file.withArray("templates")) {
            if (template.get("key").asText().equals(ROD)) {
                rodTemplate = (ObjectNode) template;
            }
        }
        ((ObjectNode) rodTemplate.withArray("parameters").get(1)).put("default", "1.7");
        JsonPath report = validate(file(List.of(), List.of(rodTemplate)));
        assertFinding(report, "errors", "templates[0].parameters[1].default", "PARAMETER", "1.7 is outside 0-1");
    }

    @Test
    void anAmountOutsideItsPublishedRangeIsAWarningWithTheRangeAndItsSource() {
        ObjectNode rod = seedProcess(ROD);
        exchange(rod, "electricity.footprint.cn.2024").put("amount", "300");
        JsonPath report = validate(file(List.of(rod), List.of()));
        assertTrue(report.getBoolean("valid"), "a warning does not block: " + report.prettify());
        Map<String, Object> warning = report.getMap("warnings.find { it.rule == 'PLAUSIBILITY' }");
        assertEquals("processes[0]." + fieldOf(rod, "electricity.footprint.cn.2024", "amount"), warning.get("field"));
        @SuppressWarnings("unchecked")
        Map<String, Object> range = (Map<String, Object>) warning.get("range");
        assertEquals("50", range.get("min"));
        assertEquals("120", range.get("max"));
        assertTrue(range.get("source").toString().startsWith("BRIEF §5.2"), range.toString());
        assertTrue(warning.get("message").toString().contains("total 300 kWh per t of copper.rod"));
    }

    @Test
    void malformedFieldsAreNamedWithTheAllowedCodes() {
        ObjectNode rod = seedProcess(ROD);
        rod.put("stage", "melting");
        ((ObjectNode) rod.withArray("exchanges").get(0)).remove("pedigree");
        JsonPath report = validate(file(List.of(rod), List.of()));
        assertFinding(report, "errors", "processes[0].stage", "STRUCTURE", "unknown code 'melting'; allowed: mining");
        assertFinding(report, "errors", "processes[0].exchanges[0].pedigree", "STRUCTURE",
                "the five pedigree scores (1-5) are required");
    }

    @Test
    void onlyAdminsAndCertifiersValidateFiles() {
        given().auth().oauth2(TestTokens.buyer()).contentType("application/json")
                .body(file(List.of(seedProcess(ROD)), List.of()).toString())
                .when().post("/api/v1/inventory-validations").then().statusCode(403);
    }

    private static JsonPath validate(ObjectNode file) {
        return given().auth().oauth2(TestTokens.certifier()).contentType("application/json").body(file.toString())
                .when().post("/api/v1/inventory-validations")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Validates a file of the one process and expects this error among the findings. */
    private static void assertError(ObjectNode process, String field, String rule, String message) {
        JsonPath report = validate(file(List.of(process), List.of()));
        assertFalse(report.getBoolean("valid"));
        assertFinding(report, "errors", "processes[0]." + field, rule, message);
    }

    private static void assertFinding(JsonPath report, String list, String field, String rule, String message) {
        List<Map<String, Object>> findings = report.getList(list);
        assertTrue(findings.stream().anyMatch(f -> field.equals(f.get("field")) && rule.equals(f.get("rule"))
                        && f.get("message").toString().contains(message)),
                "expected " + rule + " at " + field + " saying '" + message + "' in " + report.prettify());
    }

    private static ObjectNode exchange(ObjectNode process, String keyOrProduct) {
        return (ObjectNode) process.withArray("exchanges").get(index(process, keyOrProduct));
    }

    private static int index(ObjectNode process, String keyOrProduct) {
        ArrayNode exchanges = process.withArray("exchanges");
        for (int i = 0; i < exchanges.size(); i++) {
            if (keyOrProduct.equals(exchanges.get(i).path("factorKey").asText())
                    || keyOrProduct.equals(exchanges.get(i).path("product").asText())) {
                return i;
            }
        }
        return -1;
    }

    private static String fieldOf(ObjectNode process, String keyOrProduct, String field) {
        return "exchanges[" + index(process, keyOrProduct) + "]." + field;
    }

    private static ObjectNode loopProcess(String key, String makes, String takes) {
        ObjectNode process = seedProcess(ROD);
        process.put("key", key).put("route", "secondary").put("stage", "transport");
        process.with("referenceProduct").put("product", makes).remove("copperContent");
        ObjectNode input = exchange(process, "copper.cathode");
        input.put("product", takes).put("amount", "0.5").remove("copperContent");
        ArrayNode exchanges = process.putArray("exchanges");
        exchanges.add(input);
        return process;
    }

    private static ObjectNode template(String key, String product, List<String> nodes) {
        ObjectNode template = InventoryFixtures.json().createObjectNode();
        template.put("key", key).put("product", product).put("nameEn", "Test system " + key);
        template.putObject("declaredUnit").put("amount", "1").put("unit", "kg");
        ArrayNode list = template.putArray("nodes");
        nodes.forEach(node -> list.addObject().put("process", node));
        return template;
    }
}
