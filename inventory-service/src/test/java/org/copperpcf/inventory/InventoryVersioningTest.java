package org.copperpcf.inventory;

import static io.restassured.RestAssured.given;
import static org.copperpcf.inventory.InventoryFixtures.file;
import static org.copperpcf.inventory.InventoryFixtures.seedProcess;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Drafts, publication, immutability, diffs, imports, search and who may do what. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class InventoryVersioningTest {
    private static final String PROCESSES = "/api/v1/processes";
    private static final String ELECTRICITY = "electricity.footprint.cn.2024";

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @BeforeEach
    void defaultModelsPublished() {
        InventoryFixtures.defaultModelsPublished(broker);
    }

    @Test
    void aDraftIsEditedThenPublishedFrozenAndSucceededByTheNextVersion() {
        String key = "test.rod." + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode process = rod(key);
        Response created = admin().body(process.toString()).when().post(PROCESSES);
        created.then().statusCode(201).header("Location", endsWith(PROCESSES + "/" + key + "/versions/1"))
                .body("status", is("draft")).body("version", is(1)).body("validation.valid", is(true));
        admin().body(process.toString()).when().post(PROCESSES).then().statusCode(409).body("code", is("DRAFT_EXISTS"));

        String version1 = PROCESSES + "/" + key + "/versions/1";
        electricity(process).put("amount", "90");
        admin().body(process.toString()).when().put(version1).then().statusCode(428);
        admin().header("If-Match", "\"7\"").body(process.toString()).when().put(version1).then().statusCode(412);
        String etag = created.header("ETag");
        admin().header("If-Match", etag).body(process.toString()).when().put(version1)
                .then().statusCode(200).body("model.exchanges.find { it.factorKey == '" + ELECTRICITY + "' }.amount",
                        is("90"));
        given().auth().oauth2(TestTokens.buyer()).when().get(version1).then().statusCode(404);

        admin().when().post(version1 + "/publish").then().statusCode(200).body("status", is("published"))
                .body("contentHash", startsWith("sha256:")).body("publishedAt", notNullValue());
        admin().header("If-Match", "\"1\"").body(process.toString()).when().put(version1)
                .then().statusCode(409).body("code", is("VERSION_PUBLISHED"));
        admin().when().delete(version1).then().statusCode(409);
        admin().when().post(version1 + "/publish").then().statusCode(409);
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("update model_version set name_en = 'edited behind the API' where model_key = ?1")
                .setParameter(1, key).executeUpdate()), "the database refuses to change a published version");

        admin().when().post(PROCESSES + "/" + key + "/versions").then().statusCode(201).body("version", is(2))
                .body("status", is("draft"));
        electricity(process).put("amount", "95");
        removeInternalScrap(process);
        String version2 = PROCESSES + "/" + key + "/versions/2";
        String etag2 = admin().when().get(version2).header("ETag");
        admin().header("If-Match", etag2).body(process.toString()).when().put(version2).then().statusCode(200);
        String hash2 = admin().when().post(version2 + "/publish").then().statusCode(200).extract().path("contentHash");

        given().auth().oauth2(TestTokens.certifier()).queryParam("from", 1).queryParam("to", 2)
                .when().get(PROCESSES + "/" + key + "/diff")
                .then().statusCode(200)
                .body("changes.find { it.path == 'exchanges[factor_input:" + ELECTRICITY + "].amount' }.from", is("90"))
                .body("changes.find { it.path == 'exchanges[factor_input:" + ELECTRICITY + "].amount' }.to", is("95"))
                .body("changes.find { it.path == 'exchanges[internal_scrap:]' }.change", is("removed"))
                .body("changes", hasSize(2));
        given().auth().oauth2(TestTokens.buyer()).when().get(PROCESSES + "/" + key + "/versions")
                .then().body("version", containsInAnyOrder(1, 2)).body("status", containsInAnyOrder("published",
                        "published"));
        given().auth().oauth2(TestTokens.buyer()).when().get(PROCESSES + "/" + key).then().body("version", is(2));

        InventoryPublished event = new TopicProbe(broker.bootstrapServers()).events(Topics.INVENTORIES).stream()
                .filter(e -> e.is(EventTypes.INVENTORY_PUBLISHED)).map(e -> e.dataAs(EventTypes.INVENTORY_PUBLISHED))
                .filter(p -> p.key().equals(key) && p.version() == 2).findFirst().orElseThrow();
        assertEquals(hash2, event.contentHash());
        assertEquals("process", event.kind());
        assertEquals("95", event.process().exchanges().stream().filter(x -> ELECTRICITY.equals(x.factorKey()))
                .findFirst().orElseThrow().amount().toPlainString());
    }

    @Test
    void aDraftThatBreaksARuleIsSavedButNotPublishedAndNothingIsAnnounced() {
        String key = "test.rod." + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode process = rod(key);
        electricity(process).put("factorKey", "electricity.footprint.cn.2099");
        admin().body(process.toString()).when().post(PROCESSES).then().statusCode(201)
                .body("validation.valid", is(false))
                .body("validation.errors.rule", hasItem("UNRESOLVED"));
        admin().when().post(PROCESSES + "/" + key + "/versions/1/publish")
                .then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("code", is("MODEL_INVALID"))
                .body("violations.field", hasItem(startsWith("exchanges[")))
                .body("violations.message", hasItem(containsString("no factor 'electricity.footprint.cn.2099'")));
        admin().when().get(PROCESSES + "/" + key + "/versions/1").then().body("status", is("draft"));
        assertTrue(new TopicProbe(broker.bootstrapServers()).events(Topics.INVENTORIES).stream()
                .noneMatch(e -> e.is(EventTypes.INVENTORY_PUBLISHED)
                        && e.dataAs(EventTypes.INVENTORY_PUBLISHED).key().equals(key)));
        admin().when().delete(PROCESSES + "/" + key + "/versions/1").then().statusCode(204);
        admin().when().get(PROCESSES + "/" + key + "/versions").then().statusCode(404);
    }

    @Test
    void badInputIsRefusedWithEveryFieldNamedAndNothingWritten() {
        String key = "test.rod." + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode process = rod(key);
        electricity(process).put("amount", "-1").put("unit", "kWhh");
        process.remove("nameZh");
        admin().body(process.toString()).when().post(PROCESSES)
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("code", is("VALIDATION_FAILED"))
                .body("violations.field", hasItem("nameZh"))
                .body("violations.message", hasItem(startsWith("AMOUNT: must not be negative")))
                .body("violations.message", hasItem(startsWith("UNIT: unknown unit 'kWhh'")));
        admin().body("{\"key\": 7, \"exchanges\": \"none\"}").when().post(PROCESSES)
                .then().statusCode(400).body("violations[0].field", is("exchanges"));
        admin().when().get(PROCESSES + "/" + key + "/versions").then().statusCode(404);
    }

    @Test
    void anImportIsAllOrNothingAndRepeatingItChangesNothing() {
        String good = "test.rod." + UUID.randomUUID().toString().substring(0, 8);
        String bad = "test.rod." + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode broken = rod(bad);
        ObjectNode brokenLine = electricity(broken).put("factorKey", "electricity.footprint.cn.2099");
        String file = file(List.of(rod(good), broken), List.of()).toString();
        admin().queryParam("publish", true).body(file).when().post("/api/v1/inventory-imports")
                .then().statusCode(422).body("violations.field", hasItem(startsWith("processes[1].exchanges[")));
        for (String key : List.of(good, bad)) {
            admin().when().get(PROCESSES + "/" + key + "/versions").then().statusCode(404);
        }

        brokenLine.put("factorKey", ELECTRICITY).put("amount", "-3");
        admin().body(file(List.of(rod(good), broken), List.of()).toString()).when().post("/api/v1/inventory-imports")
                .then().statusCode(400).body("violations.field", hasItem(startsWith("processes[1].exchanges[")));
        admin().when().get(PROCESSES + "/" + good + "/versions").then().statusCode(404);

        String fine = file(List.of(rod(good)), List.of()).toString();
        admin().queryParam("publish", true).body(fine).when().post("/api/v1/inventory-imports")
                .then().statusCode(200).body("created[0].status", is("published"));
        admin().queryParam("publish", true).body(fine).when().post("/api/v1/inventory-imports")
                .then().statusCode(200).body("created", hasSize(0)).body("unchanged[0].key", is(good));
        admin().body("{\"formatVersion\": 2, \"processes\": []}").when().post("/api/v1/inventory-imports")
                .then().statusCode(400).body("violations[0].field", is("formatVersion"));
    }

    @Test
    void searchFiltersByTextStageAndProductAndPagesWithACursor() {
        given().auth().oauth2(TestTokens.buyer()).queryParam("q", "UPCAST").when().get(PROCESSES)
                .then().statusCode(200).body("key", hasItem("rod.upcast.cn"));
        given().auth().oauth2(TestTokens.buyer()).queryParam("stage", "electrowinning").when().get(PROCESSES)
                .then().body("key", containsInAnyOrder("cathode.sx-ew.sx-electrowinning.cn"));
        given().auth().oauth2(TestTokens.buyer()).queryParam("product", "copper.cathode").queryParam("dataset",
                        InventoryFixtures.FACTOR_RELEASE).when().get(PROCESSES)
                .then().body("", hasSize(4));
        Response first = given().auth().oauth2(TestTokens.buyer()).queryParam("limit", 5)
                .queryParam("dataset", InventoryFixtures.FACTOR_RELEASE).when().get(PROCESSES);
        first.then().body("", hasSize(5));
        String next = first.header("Link").replaceAll("^<(.*)>; rel=\"next\"$", "$1");
        given().auth().oauth2(TestTokens.buyer()).when().get(next).then().statusCode(200)
                .body("", hasSize(5)).body("key[0]", greaterThan((String) first.path("key[4]")));
        given().auth().oauth2(TestTokens.buyer()).queryParam("status", "draft").when().get(PROCESSES)
                .then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(TestTokens.buyer()).queryParam("status", "frozen").when().get(PROCESSES)
                .then().statusCode(400).body("violations[0].field", is("status"));
    }

    @Test
    void onlyAdminsWriteAndEveryRoleReadsPublishedModels() {
        String body = rod("test.rod.roles").toString();
        given().contentType("application/json").body(body).when().post(PROCESSES).then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        for (String token : List.of(TestTokens.buyer(), TestTokens.certifier(), TestTokens.supplier(UUID.randomUUID()))) {
            given().auth().oauth2(token).contentType("application/json").body(body).when().post(PROCESSES)
                    .then().statusCode(403).body("code", is("FORBIDDEN"));
            given().auth().oauth2(token).contentType("application/json").body("{}")
                    .when().post("/api/v1/inventory-imports").then().statusCode(403);
            given().auth().oauth2(token).when().post(PROCESSES + "/rod.upcast.cn/versions/1/publish")
                    .then().statusCode(403);
            given().auth().oauth2(token).when().get(PROCESSES + "/rod.upcast.cn").then().statusCode(200);
        }
        given().auth().oauth2(TestTokens.expired("admin")).contentType("application/json").body(body)
                .when().post(PROCESSES).then().statusCode(401);
        given().auth().oauth2(TestTokens.fromOtherIssuer("admin")).contentType("application/json").body(body)
                .when().post(PROCESSES).then().statusCode(401);
        admin().when().get(PROCESSES + "/test.rod.roles/versions").then().statusCode(404);
        given().auth().oauth2(TestTokens.buyer()).when().get(PROCESSES + "/rod.upcast.cn/versions/1")
                .then().body("createdBy", is("seed")).body("model.stage", is("casting_rolling"));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json");
    }

    private static ObjectNode rod(String key) {
        ObjectNode process = seedProcess("rod.cast-and-roll.cn");
        process.put("key", key);
        process.remove("dataset");
        return process;
    }

    private static ObjectNode electricity(ObjectNode process) {
        for (var exchange : process.withArray("exchanges")) {
            if (ELECTRICITY.equals(exchange.path("factorKey").asText())) {
                return (ObjectNode) exchange;
            }
        }
        throw new IllegalStateException("no electricity line");
    }

    private static void removeInternalScrap(ObjectNode process) {
        ArrayNode exchanges = process.withArray("exchanges");
        for (int i = exchanges.size() - 1; i >= 0; i--) {
            if ("internal_scrap".equals(exchanges.get(i).path("type").asText())) {
                exchanges.remove(i);
            }
        }
    }
}
