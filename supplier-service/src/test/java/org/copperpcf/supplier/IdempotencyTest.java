package org.copperpcf.supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.supplier.SupplierApi.Registered;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class IdempotencyTest {

    @Test
    void aRetriedPushWithTheSameKeyCreatesOneDisclosureAndGetsTheSameAnswer() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        String key = UUID.randomUUID().toString();
        String body = SupplierApi.disclosure(supplier, SupplierApi.uniqueCertificate(), null);

        ExtractableResponse<Response> first = push(supplier, key, body).statusCode(201).extract();
        ExtractableResponse<Response> retry = push(supplier, key, body).statusCode(201)
                .header("Idempotent-Replayed", is("true")).extract();

        assertEquals(first.path("id").toString(), retry.path("id").toString());
        assertEquals(first.header("Location"), retry.header("Location"));
        given().auth().oauth2(supplier.token()).when().get(supplier.disclosures())
                .then().statusCode(200).body("size()", is(1));
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefused() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        String key = UUID.randomUUID().toString();
        push(supplier, key, SupplierApi.disclosure(supplier, null, null)).statusCode(201);
        push(supplier, key, SupplierApi.disclosure(supplier, null, null).replace("38000.5", "38001"))
                .statusCode(422).body("code", is("IDEMPOTENCY_KEY_REUSED"))
                .body("violations[0].field", is("Idempotency-Key"));
        given().auth().oauth2(supplier.token()).when().get(supplier.disclosures())
                .then().statusCode(200).body("size()", is(1));
    }

    @Test
    void aFailedCreateKeepsNoKeySoItsCorrectedRetrySucceeds() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        String key = UUID.randomUUID().toString();
        String body = SupplierApi.disclosure(supplier, null, null);
        push(supplier, key, body.replace("\"MWh\"", "\"MWhh\"")).statusCode(400);
        push(supplier, key, body).statusCode(201);
    }

    private static io.restassured.response.ValidatableResponse push(Registered supplier, String key, String body) {
        return given().auth().oauth2(supplier.token()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .when().post(supplier.disclosures()).then();
    }
}
