package org.copperpcf.kit.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * What every service must show, inherited by one {@code @QuarkusTest} class per service: health with database,
 * Kafka and outbox checks, Prometheus metrics with the outbox gauges, OpenAPI whose every operation has a summary
 * and examples, Swagger UI, and problem+json for an unknown path.
 */
public abstract class ServiceConventionsTest {

    @Test
    void isLiveAndReadyWithDatabaseKafkaAndOutboxChecks() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("Database connections health check",
                        "Kafka broker", "Outbox relay"));
    }

    @Test
    void exposesPrometheusMetricsWithTheOutboxBacklog() {
        given().when().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("outbox_pending_events"))
                .body(containsString("outbox_oldest_pending_age_seconds"));
    }

    @Test
    void documentsEveryOperationWithSummaryAndExamples() {
        JsonPath openApi = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        List<String> missing = new ArrayList<>();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String name = method.toUpperCase() + " " + path;
            if (operation.get("summary") == null) {
                missing.add(name + ": summary");
            }
            if (operation.get("requestBody") instanceof Map<?, ?> body && !hasExample(body)) {
                missing.add(name + ": request example");
            }
            if (operation.get("responses") instanceof Map<?, ?> responses) {
                responses.forEach((status, response) -> {
                    if (String.valueOf(status).startsWith("2") && response instanceof Map<?, ?> r
                            && r.get("content") != null && !hasExample(r)) {
                        missing.add(name + ": example for " + status);
                    }
                });
            }
        }));
        assertTrue(missing.isEmpty(), "undocumented: " + missing);
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void answersAnUnknownPathWithProblemJson() {
        given().when().get("/api/v1/no-such-thing").then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", is(404))
                .body("code", is("NOT_FOUND"))
                .body("instance", startsWith("urn:uuid:"));
    }

    private static boolean hasExample(Map<?, ?> withContent) {
        if (!(withContent.get("content") instanceof Map<?, ?> content) || content.isEmpty()) {
            return true;
        }
        return content.values().stream().allMatch(media -> media instanceof Map<?, ?> m
                && (m.get("example") != null || m.get("examples") != null));
    }
}
