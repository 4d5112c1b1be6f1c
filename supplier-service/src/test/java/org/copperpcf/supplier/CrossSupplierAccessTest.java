package org.copperpcf.supplier;

import static io.restassured.RestAssured.given;
import static org.copperpcf.supplier.SupplierApi.PROBLEM_JSON;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.copperpcf.supplier.SupplierApi.Registered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A supplier token walks every endpoint of another supplier (and every admin or reviewer endpoint) and gets 403 or
 * 404 each time; afterwards the victim's data is unchanged. A second test keeps the walk complete: it fails when
 * the OpenAPI document lists an operation the walk does not visit.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSupplierAccessTest {
    private static final String S = "/api/v1/suppliers/{supplierId}";
    private static final String D = S + "/disclosures/{id}";

    /** method, path template: every operation of the API except the anonymous token and public-key endpoints. */
    static Stream<String[]> operations() {
        return Stream.of(
                new String[]{"POST", "/api/v1/suppliers"},
                new String[]{"GET", "/api/v1/suppliers"},
                new String[]{"GET", S},
                new String[]{"POST", S + "/facilities"},
                new String[]{"GET", S + "/facilities"},
                new String[]{"POST", S + "/api-clients"},
                new String[]{"GET", S + "/api-clients"},
                new String[]{"DELETE", S + "/api-clients/{clientId}"},
                new String[]{"POST", S + "/evidence"},
                new String[]{"GET", S + "/evidence/{evidenceId}"},
                new String[]{"GET", S + "/evidence/{evidenceId}/content"},
                new String[]{"POST", S + "/disclosures"},
                new String[]{"GET", S + "/disclosures"},
                new String[]{"GET", S + "/disclosures/template"},
                new String[]{"POST", S + "/disclosures/import"},
                new String[]{"GET", D},
                new String[]{"PUT", D},
                new String[]{"POST", D + "/submit"},
                new String[]{"POST", D + "/corrections"},
                new String[]{"POST", D + "/withdraw"},
                new String[]{"GET", D + "/history"},
                new String[]{"POST", D + "/accept"},
                new String[]{"POST", D + "/reject"},
                new String[]{"GET", "/api/v1/disclosures"},
                new String[]{"POST", S + "/product-footprints"},
                new String[]{"GET", S + "/product-footprints"},
                new String[]{"GET", S + "/product-footprints/{id}"},
                new String[]{"PUT", S + "/pact-connection"},
                new String[]{"GET", S + "/pact-connection"},
                new String[]{"DELETE", S + "/pact-connection"},
                new String[]{"POST", S + "/pact-connection/pull"},
                new String[]{"GET", S + "/pcf-disclosures"},
                new String[]{"GET", S + "/pcf-disclosures/{id}"},
                new String[]{"POST", S + "/pcf-disclosures/{id}/accept"},
                new String[]{"POST", S + "/pcf-disclosures/{id}/reject"},
                new String[]{"GET", "/api/v1/disclosures/pcf"},
                new String[]{"GET", "/api/v1/audit?supplierId={supplierId}"},
                new String[]{"GET", "/api/v1/audit/verify"},
                new String[]{"POST", "/api/v1/signing-keys/rotate"});
    }

    private Registered victim;
    private String disclosureId;
    private String evidenceId;
    private String clientId;
    private String body;

    /** Once per class, but after Quarkus is up (a {@code @BeforeAll} would run before the port is known). */
    @BeforeEach
    void victimWithData() {
        if (victim != null) {
            return;
        }
        victim = SupplierApi.registerSupplierWithFacility();
        evidenceId = SupplierApi.uploadPdf(victim);
        body = SupplierApi.disclosure(victim, SupplierApi.uniqueCertificate(), evidenceId);
        disclosureId = given().auth().oauth2(victim.token()).contentType(ContentType.JSON).queryParam("submit", true)
                .body(body).when().post(victim.disclosures()).then().statusCode(201).extract().path("id");
        clientId = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"name\": \"erp\"}")
                .when().post("/api/v1/suppliers/" + victim.supplierId() + "/api-clients")
                .then().statusCode(201).extract().path("clientId");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operations")
    void aForeignSupplierIsRefused(String method, String template) {
        String attacker = TestTokens.supplier(UUID.randomUUID());
        String path = template.replace("{supplierId}", victim.supplierId().toString()).replace("{id}", disclosureId)
                .replace("{evidenceId}", evidenceId).replace("{clientId}", clientId);
        var request = given().auth().oauth2(attacker).header("If-Match", "\"1\"");
        if (method.equals("POST") || method.equals("PUT")) {
            request = path.endsWith("/evidence")
                    ? request.contentType("application/pdf").queryParam("fileName", "x.pdf").body(SupplierApi.PDF)
                    : request.contentType(ContentType.JSON).body(path.endsWith("/api/v1/suppliers")
                            ? "{\"nameEn\": \"Intruder\"}" : body);
        }
        request.when().request(method, path)
                .then().statusCode(anyOf(is(403), is(404))).contentType(startsWith(PROBLEM_JSON));

        given().auth().oauth2(victim.token()).when().get(victim.disclosures())
                .then().statusCode(200).body("size()", is(1)).body("[0].status", is("submitted"));
    }

    @Test
    void theWalkCoversEveryOperationOfTheApi() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().forEach(method -> {
            if (!path.equals("/auth/token") && !path.equals("/.well-known/jwks.json")) {
                documented.add(method.toUpperCase() + " " + path);
            }
        }));
        Set<String> walked = new TreeSet<>();
        operations().forEach(operation -> walked.add(operation[0] + " " + operation[1].replaceAll("\\?.*", "")));
        assertEquals(documented, walked);
    }
}
