package org.copperpcf.systemtest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import org.copperpcf.stack.LocalStack;
import org.copperpcf.stack.ServiceSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningStack.class)
class StackHealthIT {

    @Test
    void everyServiceIsReadyWithItsDatabaseKafkaAndOutbox(LocalStack stack) {
        for (ServiceSpec service : ServiceSpec.ALL) {
            String url = stack.serviceUrl(service.name());
            given().when().get(url + "/q/health/ready").then()
                    .statusCode(200)
                    .body("status", is("UP"))
                    .body("checks.name", hasItems("Database connections health check", "Kafka broker", "Outbox relay"));
            given().when().get(url + "/q/health/live").then().statusCode(200);
            given().when().get(url + "/q/metrics").then().statusCode(200);
            given().accept("application/json").when().get(url + "/q/openapi").then().statusCode(200)
                    .body("info.title", is("copper-pcf " + service.name()));
        }
    }

    @Test
    void theIssuerRefusesUnknownRolesAndSupplierTokensWithoutSupplier(LocalStack stack) {
        given().formParam("role", "superuser").when().post(stack.tokenUrl())
                .then().statusCode(400).body("error", is("invalid_request"));
        given().formParam("role", "supplier").when().post(stack.tokenUrl())
                .then().statusCode(400).body("error", is("invalid_request"));
    }
}
