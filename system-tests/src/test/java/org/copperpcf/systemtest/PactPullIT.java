package org.copperpcf.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.copperpcf.contracts.supplier.DemoSuppliers;
import org.copperpcf.kit.testing.PactHostDouble;
import org.copperpcf.stack.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;

/**
 * A demo supplier runs its own PACT host (a {@link PactHostDouble} in this JVM: HTTPS, its own client credentials, a
 * development certificate the connection pins). Registered through supplier-service's API, the host is pulled over
 * PACT (OpenID discovery, token, pages along Link rel=next), the footprints wait as PCF disclosures until a reviewer
 * accepts them, and footprint-service's replica then holds them: across processes, through Kafka.
 */
@ExtendWith(RunningStack.class)
class PactPullIT {
    private static final Duration PATIENCE = Duration.ofSeconds(45);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLE = Path.of(System.getProperty("pcf.home", ".."))
            .resolve("../shared/pact/v3/examples/example-3.json");

    @Test
    void aSuppliersPactHostIsPulledAndTheAcceptedFootprintsReachFootprintService(LocalStack stack)
            throws IOException {
        String supplier = stack.serviceUrl("supplier-service") + "/api/v1/suppliers/" + DemoSuppliers.ROD_MILL;
        List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        try (PactHostDouble host = PactHostDouble.start(Files.createDirectories(Path.of("target", "pact-host")))) {
            for (String id : ids) {
                host.serve(footprint(id));
            }
            String admin = RunningStack.token(stack, "admin");
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(JSON.createObjectNode().put("baseUrl", host.baseUrl().toString())
                            .put("clientId", host.clientId).put("clientSecret", host.clientSecret)
                            .put("certificatePem", host.certificatePem()).put("pullInterval", "PT24H").toString())
                    .when().put(supplier + "/pact-connection")
                    .then().log().ifValidationFails().statusCode(201);

            given().auth().oauth2(admin).when().post(supplier + "/pact-connection/pull")
                    .then().log().ifValidationFails().statusCode(200)
                    .body("outcome", is("succeeded")).body("created", is(3))
                    .body("footprints.pfId", containsInAnyOrder(ids.toArray()));
        }

        String buyer = RunningStack.token(stack, "buyer");
        List<String> queued = given().auth().oauth2(buyer)
                .when().get(stack.serviceUrl("supplier-service") + "/api/v1/disclosures/pcf")
                .then().statusCode(200).body("pfId", hasItems(ids.toArray(String[]::new)))
                .extract().path("findAll { it.supplierId == '" + DemoSuppliers.ROD_MILL + "' }.id");
        for (String disclosureId : queued) {
            given().auth().oauth2(buyer).contentType(ContentType.JSON)
                    .body("{\"comment\": \"matches the rod mill's own PACT host\"}")
                    .when().post(supplier + "/pcf-disclosures/" + disclosureId + "/accept")
                    .then().log().ifValidationFails().statusCode(200).body("status", is("accepted"));
        }

        String certifier = RunningStack.token(stack, "certifier");
        await().atMost(PATIENCE).untilAsserted(() -> {
            for (String id : ids) {
                given().auth().oauth2(certifier)
                        .when().get(stack.serviceUrl("footprint-service") + "/api/v1/replica/supplier-footprints/" + id)
                        .then().statusCode(200)
                        .body("supplierId", is(DemoSuppliers.ROD_MILL.toString()))
                        .body("status", is("Active"))
                        .body("pcfExcludingBiogenicUptake", is("77.0"))
                        .body("document.id", is(id));
            }
        });
        given().auth().oauth2(buyer).when().get(supplier + "/pcf-disclosures")
                .then().statusCode(200).body("status", everyItem(is("accepted")));
    }

    /** PACT's cleanest example under a new id, for the rod mill's company. */
    private static ObjectNode footprint(String id) throws IOException {
        ObjectNode footprint = (ObjectNode) JSON.readTree(Files.readString(EXAMPLE));
        footprint.put("id", id);
        footprint.putArray("companyIds").add("urn:pact:copperpcf.org:company-id:" + DemoSuppliers.ROD_MILL_USCC);
        return footprint;
    }
}
