package org.copperpcf.footprint;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.kit.testing.AuditTrailChecks;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AuditTrailTest {
    private static final String FOOTPRINTS = "/api/v1/footprints";

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @Test
    void aCreatedFootprintIsInTheVerifiableAuditTrailAndTamperingIsReported() {
        SeededReplicas.replicate(broker);
        JsonPath first = create();
        create();

        List<Map<String, Object>> entries = AuditTrailChecks.entries(
                Map.of("entityType", "footprint", "entityId", first.getString("footprintId")));
        assertThat(entries.stream().map(e -> e.get("action")).toList(), contains("footprint-created"));
        Map<String, Object> entry = entries.get(0);
        assertEquals("test-admin", entry.get("actor"));
        assertEquals("admin", entry.get("role"));
        assertEquals(1, ((Number) entry.get("entityVersion")).intValue());
        assertNull(entry.get("beforeHash"));
        assertEquals(first.getString("resultHash"), entry.get("afterHash"), "the version's own result hash");

        AuditTrailChecks.assertBuyersReadOnlyTheirOwnEntries();
        AuditTrailChecks.assertValid();
        long sequence = ((Number) entry.get("sequence")).longValue();
        AuditTrailChecks.assertEditIsDetected(sequence);
        AuditTrailChecks.assertDeletionIsDetected(sequence);
    }

    private static JsonPath create() {
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"template\":\"rod.cast-and-roll.cn\",\"factorRelease\":\"CN-2025.1\"}")
                .when().post(FOOTPRINTS).then().statusCode(201).extract().jsonPath();
    }
}
