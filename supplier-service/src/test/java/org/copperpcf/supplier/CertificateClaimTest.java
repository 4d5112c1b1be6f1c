package org.copperpcf.supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.copperpcf.supplier.SupplierApi.Registered;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CertificateClaimTest {

    @Test
    void aSecondClaimOfACertificateIsRefusedNamingTheFirst() {
        Registered first = SupplierApi.registerSupplierWithFacility();
        Registered second = SupplierApi.registerSupplierWithFacility();
        String certificate = SupplierApi.uniqueCertificate();
        String firstId = push(first, certificate).then().statusCode(201).extract().path("id");

        push(second, certificate).then().statusCode(409)
                .body("code", is("CERTIFICATE_ALREADY_CLAIMED"))
                .body("violations[0].field", is("greenCertificates[0].certificateId"))
                .body("violations[0].message", startsWith("certificate " + certificate
                        + " was already claimed by disclosure " + firstId));
        push(first, certificate).then().statusCode(409);
        given().auth().oauth2(second.token()).when().get(second.disclosures()).then().body("size()", is(0));
    }

    @Test
    void aCorrectionKeepsItsSeriesClaimAndAWithdrawalFreesIt() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        Registered other = SupplierApi.registerSupplierWithFacility();
        String certificate = SupplierApi.uniqueCertificate();
        String id = given().auth().oauth2(supplier.token()).contentType(ContentType.JSON).queryParam("submit", true)
                .body(SupplierApi.disclosure(supplier, certificate, null))
                .when().post(supplier.disclosures()).then().statusCode(201).extract().path("id");
        String correction = given().auth().oauth2(supplier.token()).contentType(ContentType.JSON)
                .body(SupplierApi.disclosure(supplier, certificate, null))
                .when().post(supplier.disclosures() + "/" + id + "/corrections")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(supplier.token()).when().post(supplier.disclosures() + "/" + correction + "/submit")
                .then().statusCode(200);
        push(other, certificate).then().statusCode(409);

        for (String version : List.of(id, correction)) {
            given().auth().oauth2(supplier.token()).when().post(supplier.disclosures() + "/" + version + "/withdraw")
                    .then().statusCode(200).body("status", is("withdrawn"));
        }
        push(other, certificate).then().statusCode(201);
    }

    @Test
    void concurrentClaimsOfOneCertificateLetExactlyOneWin() throws Exception {
        String certificate = SupplierApi.uniqueCertificate();
        List<Registered> suppliers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            suppliers.add(SupplierApi.registerSupplierWithFacility());
        }
        ExecutorService pool = Executors.newFixedThreadPool(suppliers.size());
        try {
            List<Callable<Integer>> pushes = suppliers.stream()
                    .<Callable<Integer>>map(supplier -> () -> push(supplier, certificate).statusCode()).toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(pushes)) {
                statuses.add(status.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "statuses " + statuses);
            assertEquals(suppliers.size() - 1, statuses.stream().filter(s -> s == 409).count(), "statuses " + statuses);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/disclosures?status=draft&limit=500")
                .then().statusCode(200)
                .body("findAll { it.greenCertificates.any { c -> c.certificateId == '" + certificate + "' } }.size()",
                        is(1));
    }

    private static io.restassured.response.Response push(Registered supplier, String certificate) {
        return given().auth().oauth2(supplier.token()).contentType(ContentType.JSON)
                .body(SupplierApi.disclosure(supplier, certificate, null))
                .when().post(supplier.disclosures());
    }
}
