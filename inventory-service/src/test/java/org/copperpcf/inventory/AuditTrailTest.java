package org.copperpcf.inventory;

import static io.restassured.RestAssured.given;
import static org.copperpcf.inventory.InventoryFixtures.seedProcess;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.kit.testing.AuditTrailChecks;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AuditTrailTest {
    private static final String PROCESSES = "/api/v1/processes";

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @Test
    void aPublishedProcessVersionIsInTheVerifiableAuditTrailAndTamperingIsReported() {
        InventoryFixtures.defaultModelsPublished(broker);
        String key = "test.audit." + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode process = seedProcess("rod.cast-and-roll.cn");
        process.put("key", key);
        process.remove("dataset");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(process.toString())
                .when().post(PROCESSES).then().statusCode(201);
        String contentHash = given().auth().oauth2(TestTokens.admin())
                .when().post(PROCESSES + "/" + key + "/versions/1/publish").then().statusCode(200)
                .extract().path("contentHash");

        List<Map<String, Object>> entries = AuditTrailChecks.entries(Map.of("entityType", "process", "entityId", key));
        assertThat(entries.stream().map(e -> e.get("action")).toList(), contains("draft-created", "version-published"));
        assertThat(entries.stream().map(e -> e.get("actor")).toList(), everyItem(is("test-admin")));
        assertEquals(contentHash, entries.get(1).get("afterHash"), "the published version's own content hash");
        assertEquals(1, ((Number) entries.get(1).get("entityVersion")).intValue());

        AuditTrailChecks.assertBuyersReadOnlyTheirOwnEntries();
        AuditTrailChecks.assertValid();
        AuditTrailChecks.assertEditIsDetected(((Number) entries.get(1).get("sequence")).longValue());
        AuditTrailChecks.assertDeletionIsDetected(((Number) entries.get(0).get("sequence")).longValue());
    }
}
