package org.copperpcf.certification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class EvaluationTest {
    private static final String EVALUATIONS = "/api/v1/evaluations";
    private static final String ROD = "low-carbon-copper-rod";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @Test
    void aRodAtTheSeededThresholdsPassesEveryCriterionWithEvidence() {
        FootprintPublished rod = published(Footprints.rod("2.0", "24", "30", "50", "3", Footprints.energy("260")));

        ValidatableResponse created = evaluate(TestTokens.certifier(), rod.versionId(), ROD)
                .statusCode(201)
                .header("Location", containsString("/api/v1/evaluations/"))
                .body("overall", is("pass"))
                .body("criteriaSet.key", is(ROD)).body("criteriaSet.version", is(1))
                .body("footprintVersionId", is(rod.versionId().toString()))
                .body("resultHash", is(rod.resultHash()))
                .body("results.size()", is(6))
                .body("results.outcome", everyItem(is("passed")))
                .body("results.evidence.resultHash", everyItem(is(rod.resultHash())))
                .body("results.find { it.criterion == 'recycled-content' }.required", is("24"))
                .body("results.find { it.criterion == 'recycled-content' }.actual", is("24"))
                .body("results.find { it.criterion == 'recycled-content' }.unit", is("%"))
                .body("results.find { it.criterion == 'recycled-content' }.evidence.field",
                        is("metrics.recycledContentShare"))
                .body("results.find { it.criterion == 'recycled-content' }.evidence.thresholdSource",
                        startsWith("有色金属行业碳达峰实施方案"))
                .body("results.find { it.criterion == 'recycled-content' }.evidence.thresholdStatus", is("V"))
                .body("results.find { it.criterion == 'smelting-energy' }.required", is("260"))
                .body("results.find { it.criterion == 'smelting-energy' }.evidence.benchmark",
                        is("NDRC-2023-723.concentrate-to-cathode.benchmark"))
                .body("results.find { it.criterion == 'smelting-energy' }.evidence.thresholdStatus", is("R"))
                .body("results.find { it.criterion == 'footprint' }.required", is("2.0"))
                .body("results.find { it.criterion == 'footprint' }.evidence.thresholdStatus", is("P"))
                .body("evaluatedBy", is("test-certifier"));
        String id = created.extract().path("id");

        given().auth().oauth2(TestTokens.admin()).when().get(EVALUATIONS + "/" + id)
                .then().statusCode(200).body("overall", is("pass")).body("results.size()", is(6))
                .body("results.find { it.criterion == 'data-quality' }.actual", is("3"));
    }

    @Test
    void aRodBeyondEveryThresholdFailsEveryCriterion() {
        FootprintPublished rod = published(Footprints.rod("2.01", "23.9", "29.9", "49.9", "3.1",
                Footprints.energy("261")));

        evaluate(TestTokens.admin(), rod.versionId(), ROD).statusCode(201)
                .body("overall", is("fail"))
                .body("results.size()", is(6))
                .body("results.outcome", everyItem(is("failed")))
                .body("results.passed", everyItem(is(false)))
                .body("results.find { it.criterion == 'footprint' }.actual", is("2.01"))
                .body("results.find { it.criterion == 'smelting-energy' }.actual", is("261"))
                .body("results.find { it.criterion == 'renewable-electricity' }.actual", is("29.9"))
                .body("results.find { it.criterion == 'primary-data' }.actual", is("49.9"))
                .body("results.find { it.criterion == 'data-quality' }.actual", is("3.1"));
    }

    @Test
    void withoutEnergyDataTheEnergyCriterionIsNotEvaluable() {
        FootprintPublished rod = published(Footprints.rod("1.5", "40", "60", "70", "2", null));

        evaluate(TestTokens.certifier(), rod.versionId(), ROD).statusCode(201)
                .body("overall", is("incomplete"))
                .body("results.find { it.criterion == 'smelting-energy' }.outcome", is("not-evaluable"))
                .body("results.find { it.criterion == 'smelting-energy' }.passed", nullValue())
                .body("results.find { it.criterion == 'smelting-energy' }.notEvaluable",
                        startsWith("no energy data"))
                .body("results.find { it.criterion == 'recycled-content' }.outcome", is("passed"));
    }

    @Test
    void cathodeAndTubeHaveTheirOwnSets() {
        FootprintPublished cathode = published(Footprints.footprint("copper.cathode", "1 kg", "1.9", "30", "40",
                "60", "2", Footprints.energy("250")));
        evaluate(TestTokens.certifier(), cathode.versionId(), "low-carbon-copper-cathode").statusCode(201)
                .body("overall", is("fail"))
                .body("results.find { it.criterion == 'footprint' }.required", is("1.85"))
                .body("results.find { it.criterion == 'footprint' }.outcome", is("failed"));
        FootprintPublished tube = published(Footprints.footprint("copper.tube", "1 kg", "2.6", "30", "40",
                "60", "2", Footprints.energy("250")));
        evaluate(TestTokens.certifier(), tube.versionId(), "low-carbon-copper-tube").statusCode(201)
                .body("overall", is("pass"));
    }

    @Test
    void anUnknownFootprintVersionIsNotFound() {
        evaluate(TestTokens.certifier(), UUID.randomUUID(), ROD).statusCode(404)
                .contentType(startsWith("application/problem+json")).body("code", is("NOT_FOUND"));
    }

    @Test
    void anUnknownCriteriaSetOrVersionIsNotFound() {
        FootprintPublished rod = published(Footprints.rod("1.5", "40", "60", "70", "2", null));
        evaluate(TestTokens.certifier(), rod.versionId(), "no-such-set").statusCode(404).body("code", is("NOT_FOUND"));
        given().auth().oauth2(TestTokens.certifier()).contentType(ContentType.JSON)
                .body(Map.of("footprintVersionId", rod.versionId(), "criteriaSet", ROD, "version", 99))
                .when().post(EVALUATIONS).then().statusCode(404).body("code", is("NOT_FOUND"));
    }

    @Test
    void aCriteriaSetForAnotherProductIsRefused() {
        FootprintPublished tube = published(Footprints.footprint("copper.tube", "1 kg", "2", "30", "40", "60", "2",
                null));
        evaluate(TestTokens.certifier(), tube.versionId(), ROD).statusCode(422)
                .body("code", is("PRODUCT_MISMATCH")).body("violations[0].field", is("criteriaSet"));
    }

    @Test
    void badInputIsNamedFieldByField() {
        given().auth().oauth2(TestTokens.certifier()).contentType(ContentType.JSON)
                .body(Map.of("criteriaSet", "", "version", 0))
                .when().post(EVALUATIONS).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", is("VALIDATION_FAILED"))
                .body("violations.field", hasItem("footprintVersionId"))
                .body("violations.field", hasItem("criteriaSet"))
                .body("violations.field", hasItem("version"));
        given().auth().oauth2(TestTokens.certifier()).contentType(ContentType.JSON)
                .body("{\"footprintVersionId\": \"not-a-uuid\", \"criteriaSet\": \"x\"}")
                .when().post(EVALUATIONS).then().statusCode(400).body("violations[0].field", is("footprintVersionId"));
    }

    @Test
    void suppliersAndBuyersCannotCertify() {
        FootprintPublished rod = published(Footprints.rod("1.5", "40", "60", "70", "2", null));
        evaluate(TestTokens.supplier(UUID.randomUUID()), rod.versionId(), ROD).statusCode(403)
                .body("code", is("FORBIDDEN"));
        evaluate(TestTokens.buyer(), rod.versionId(), ROD).statusCode(403).body("code", is("FORBIDDEN"));
        given().contentType(ContentType.JSON)
                .body(Map.of("footprintVersionId", rod.versionId(), "criteriaSet", ROD))
                .when().post(EVALUATIONS).then().statusCode(401);
        String id = evaluate(TestTokens.certifier(), rod.versionId(), ROD).statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.buyer()).when().get(EVALUATIONS + "/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.supplier(UUID.randomUUID())).when().get(EVALUATIONS + "/" + id)
                .then().statusCode(403);
    }

    @Test
    void aVersionIsStoredOnceAndRedeliveryChangesNothing() {
        FootprintPublished rod = Footprints.rod("1.5", "40", "60", "70", "2", null);
        var first = Footprints.send(broker.bootstrapServers(), rod);
        awaitReplicated(rod.versionId());
        Footprints.send(broker.bootstrapServers(), rod);
        new TopicProbe(broker.bootstrapServers()).awaitConsumed("certification-service", Topics.FOOTPRINTS, PATIENCE);
        given().auth().oauth2(TestTokens.certifier()).when().get("/api/v1/replica/footprints/" + rod.versionId())
                .then().statusCode(200)
                .body("lastEventId", is(first.id().toString()))
                .body("metrics.recycledContentShare", is("40"))
                .body("resultHash", is(rod.resultHash()));
    }

    @Test
    void anUnknownEvaluationIsNotFound() {
        given().auth().oauth2(TestTokens.certifier()).when().get(EVALUATIONS + "/" + UUID.randomUUID())
                .then().statusCode(404).body("code", is("NOT_FOUND"));
    }

    private FootprintPublished published(FootprintPublished footprint) {
        Footprints.send(broker.bootstrapServers(), footprint);
        awaitReplicated(footprint.versionId());
        return footprint;
    }

    private static void awaitReplicated(UUID versionId) {
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .when().get("/api/v1/replica/footprints/" + versionId).then().statusCode(200));
    }

    private static ValidatableResponse evaluate(String token, UUID footprintVersionId, String criteriaSet) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("footprintVersionId", footprintVersionId, "criteriaSet", criteriaSet))
                .when().post(EVALUATIONS).then();
    }
}
