package org.copperpcf.inventory;

import static io.restassured.RestAssured.given;
import static org.copperpcf.inventory.InventoryFixtures.FACTOR_RELEASE;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.inventory.InventoryPublished;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The default models: published once the factor release arrives, announced in full, and chained by templates. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DefaultModelsTest {
    private static final List<String> TEMPLATES = List.of("cathode.mix.cn", "cathode.pyro-bottom-blowing.cn",
            "cathode.pyro-flash.cn", "cathode.secondary.cn", "cathode.sx-ew.cn", "rod.cast-and-roll.cn",
            "rod.upcast.cn", "tube.cast-and-roll.cn", "tube.extrusion.cn");

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @BeforeEach
    void defaultModelsPublished() {
        InventoryFixtures.defaultModelsPublished(broker);
    }

    @Test
    void everyDefaultModelIsPublishedAndAnnouncedWithItsFullContentAndHash() {
        given().auth().oauth2(TestTokens.supplier(UUID.randomUUID()))
                .queryParam("dataset", FACTOR_RELEASE).queryParam("limit", 500)
                .when().get("/api/v1/processes")
                .then().statusCode(200).body("", hasSize(12))
                .body("status", everyItem(is("published")))
                .body("key", hasItem("cathode.pyro-flash.smelting-refining.cn"));
        given().auth().oauth2(TestTokens.buyer()).queryParam("limit", 500).when().get("/api/v1/templates")
                .then().body("key", hasItems(TEMPLATES.toArray(String[]::new)));

        Map<String, InventoryPublished> announced = new TopicProbe(broker.bootstrapServers())
                .events(Topics.INVENTORIES).stream()
                .filter(event -> event.is(EventTypes.INVENTORY_PUBLISHED))
                .map(event -> event.dataAs(EventTypes.INVENTORY_PUBLISHED))
                .filter(published -> published.version() == 1 && (published.process() == null
                        || FACTOR_RELEASE.equals(published.process().dataset())))
                .collect(Collectors.toMap(p -> p.kind() + ":" + p.key(), Function.identity(), (a, b) -> a));
        InventoryPublished flash = announced.get("process:cathode.pyro-flash.smelting-refining.cn");
        assertEquals(InventoryFixtures.seedProcess(flash.key()).withArray("exchanges").size(),
                flash.process().exchanges().size());
        assertEquals(EventJson.contentHash(flash.process()), flash.contentHash());
        JsonPath stored = given().auth().oauth2(TestTokens.certifier())
                .when().get("/api/v1/processes/cathode.pyro-flash.smelting-refining.cn").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(flash.contentHash(), stored.getString("contentHash"));
        assertEquals("3.5", stored.getString("model.exchanges.find { it.product == 'sulphuric-acid' }.amount"));
        InventoryPublished tube = announced.get("template:tube.cast-and-roll.cn");
        assertEquals("feed_share", tube.template().parameters().stream()
                .filter(p -> p.name().equals("purchasedScrapShare")).findFirst().orElseThrow().kind());
        assertTrue(announced.keySet().containsAll(TEMPLATES.stream().map(t -> "template:" + t).toList()));
        announced.values().forEach(published -> assertEquals(List.of(), published.warnings(), published.key()));
    }

    @Test
    void theRodGraphSplitsCathodeByRouteAndScalesTheChainPerKilogram() {
        JsonPath graph = given().auth().oauth2(TestTokens.buyer())
                .when().get("/api/v1/templates/rod.cast-and-roll.cn/graph")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("0.33", graph.getString("parameters.secondaryCathodeShare"));
        assertEquals("0.001", graph.getString("nodes.find { it.process == 'rod.cast-and-roll.cn' }.activity"));
        assertEquals("0.67201", edge(graph, "cathode.pyro-flash.smelting-refining.cn").getString("amountPerUnit"));
        assertEquals("0.33099", edge(graph, "cathode.secondary.smelting-refining.cn").getString("amountPerUnit"));
        // 1 kg rod -> 1.003 kg cathode, 67 % flash -> x 4.124 t concentrate per t cathode
        assertClose("0.00277137", graph.getString("nodes.find { it.process == 'concentrate.mining-beneficiation.cn' }"
                + ".activity"));
        assertEquals("0", graph.getString("nodes.find { it.process == 'cathode.sx-ew.sx-electrowinning.cn' }.activity"));

        JsonPath secondary = given().auth().oauth2(TestTokens.buyer())
                .queryParam("cathodeRoute", "secondary").queryParam("electricityProvince", "CN-YN")
                .when().get("/api/v1/templates/rod.cast-and-roll.cn/graph")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("cathode.secondary.smelting-refining.cn"), secondary.getList(
                "edges.findAll { it.product == 'copper.cathode' }.from"));
        assertEquals("1", edge(secondary, "cathode.secondary.smelting-refining.cn").getString("share"));
        assertEquals("CN-YN", secondary.getString("nodes.find { it.process == 'rod.cast-and-roll.cn' }"
                + ".electricityRegion"));
    }

    @Test
    void aSupplyMixTemplateSplitsTheDemandItselfByRoute() {
        JsonPath graph = given().auth().oauth2(TestTokens.buyer()).queryParam("secondaryCathodeShare", "0.25")
                .when().get("/api/v1/templates/cathode.mix.cn/graph")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("0.00075", graph.getString("nodes.find { it.process == 'cathode.pyro-flash.smelting-refining.cn' }"
                + ".activity"));
        assertEquals("0.00025", graph.getString("nodes.find { it.process == 'cathode.secondary.smelting-refining.cn' }"
                + ".activity"));
    }

    @Test
    void purchasedScrapReplacesPartOfTheTubeFeed() {
        JsonPath graph = given().auth().oauth2(TestTokens.buyer()).queryParam("purchasedScrapShare", "0.4")
                .when().get("/api/v1/templates/tube.cast-and-roll.cn/graph")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("0.402", edge(graph, "scrap.pre-consumer.collection-preparation.cn").getString("amountPerUnit"));
        BigDecimal cathode = graph.getList("edges.findAll { it.product == 'copper.cathode' }.amountPerUnit",
                String.class).stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("0.603").compareTo(cathode), "cathode feed " + cathode);
    }

    @Test
    void graphParametersAreCheckedByName() {
        given().auth().oauth2(TestTokens.buyer()).queryParam("secondaryCathodeShare", "1.5")
                .queryParam("cathodeRoute", "charcoal").queryParam("colour", "red")
                .when().get("/api/v1/templates/rod.cast-and-roll.cn/graph")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", containsInAnyOrder("secondaryCathodeShare", "cathodeRoute", "colour"));
        given().auth().oauth2(TestTokens.buyer()).queryParam("electricityProvince", "CN-QQ")
                .when().get("/api/v1/templates/rod.cast-and-roll.cn/graph")
                .then().statusCode(400).body("violations[0].message", startsWith("PARAMETER: factor release"));
        given().auth().oauth2(TestTokens.buyer()).when().get("/api/v1/templates/no.such.template/graph")
                .then().statusCode(404).body("code", is("NOT_FOUND"));
    }

    @Test
    void theExportIsTheImportFormatAndReimportingItChangesNothing() {
        String exported = given().auth().oauth2(TestTokens.certifier()).queryParam("dataset", FACTOR_RELEASE)
                .when().get("/api/v1/inventory-exports")
                .then().statusCode(200).header("Content-Disposition", startsWith("attachment"))
                .body("formatVersion", is(1)).body("processes", hasSize(12)).body("templates", hasSize(9))
                .extract().asString();
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(exported)
                .queryParam("publish", true)
                .when().post("/api/v1/inventory-imports")
                .then().statusCode(200).body("created", hasSize(0)).body("unchanged", hasSize(21));
    }

    private static JsonPath edge(JsonPath graph, String from) {
        return new JsonPath(EventJson.toJson(graph.getMap("edges.find { it.from == '" + from + "' }")));
    }

    private static void assertClose(String expected, String actual) {
        BigDecimal difference = new BigDecimal(expected).subtract(new BigDecimal(actual)).abs();
        assertTrue(difference.compareTo(new BigDecimal("0.00000002")) <= 0, "expected " + expected + " but was " + actual);
    }
}
