package org.copperpcf.supplier;

import static io.restassured.RestAssured.given;
import static org.copperpcf.supplier.SupplierApi.PROBLEM_JSON;
import static org.copperpcf.supplier.SupplierApi.SUPPLIERS;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

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
class SupplierRegistryTest {
    private static final String USCC = "91350100M000100Y43";

    @Test
    void anAdminRegistersASupplierWhoseUsccBecomesAPactCompanyId() {
        String gln = "urn:epc:id:sgln:6901234." + (System.nanoTime() % 100000) + ".0";
        String id = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"nameEn\": \"Jiangxi Example Copper\", \"nameZh\": \"江西示例铜业\", \"uscc\": \"" + USCC
                        + "\", \"identifiers\": [\"" + gln + "\"]}")
                .when().post(SUPPLIERS)
                .then().statusCode(201)
                .body("nameZh", is("江西示例铜业"))
                .body("companyIds", contains("urn:pact:copperpcf.org:company-id:" + USCC, gln))
                .extract().path("id");
        given().auth().oauth2(TestTokens.certifier()).when().get(SUPPLIERS + "/" + id)
                .then().statusCode(200).body("uscc", is(USCC));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"nameEn\": \"Copycat\", \"uscc\": \"" + USCC + "\"}")
                .when().post(SUPPLIERS).then().statusCode(409).body("code", is("DUPLICATE_USCC"));
    }

    @Test
    void aWrongCheckCharacterAndOtherBadFieldsAreNamed() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"nameEn\": \" \", \"uscc\": \"91350100M000100Y44\", \"identifiers\": [\"GLN 123\"]}")
                .when().post(SUPPLIERS)
                .then().statusCode(400).contentType(startsWith(PROBLEM_JSON))
                .body("violations.field", contains("nameEn", "uscc", "identifiers[0]"))
                .body("violations[1].message", is("check character is '4' but should be '3'"));
        given().auth().oauth2(TestTokens.supplier(UUID.randomUUID())).contentType(ContentType.JSON)
                .body("{\"nameEn\": \"Self-registered\"}")
                .when().post(SUPPLIERS).then().statusCode(403);
    }

    @Test
    void facilitiesNeedAKnownProvinceGridAndRoutes() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\": \"Rod mill\", \"provinceCode\": \"JX\", \"gridRegion\": \"CN-MARS\", "
                        + "\"routes\": [\"ROD_CAST_ROLL\", \"WIRE\"], \"capacityTPerYear\": \"0\"}")
                .when().post(SUPPLIERS + "/" + supplier.supplierId() + "/facilities")
                .then().statusCode(400)
                .body("violations.field", contains("provinceCode", "gridRegion", "routes[1]", "capacityTPerYear"));
        given().auth().oauth2(supplier.token()).when().get(SUPPLIERS + "/" + supplier.supplierId() + "/facilities")
                .then().statusCode(200).body("size()", is(1))
                .body("[0].routes", contains("SMELTING", "ELECTROREFINING"))
                .body("[0].capacityTPerYear", is("1000000"));
    }

    @Test
    void anApiClientObtainsATokenThatActsAsItsSupplierOnly() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        Registered other = SupplierApi.registerSupplierWithFacility();
        var issued = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\": \"ERP connector\"}")
                .when().post(SUPPLIERS + "/" + supplier.supplierId() + "/api-clients")
                .then().statusCode(201).body("clientSecret", notNullValue()).extract().jsonPath();
        String clientId = issued.getString("clientId");
        String secret = issued.getString("clientSecret");

        String token = given().auth().preemptive().basic(clientId, secret)
                .formParam("grant_type", "client_credentials").formParam("scope", "ignored")
                .when().post("/auth/token")
                .then().statusCode(200).header("Cache-Control", is("no-store"))
                .body("token_type", is("Bearer")).body("expires_in", is(3600))
                .extract().path("access_token");
        given().auth().oauth2(token).when().get(supplier.disclosures()).then().statusCode(200);
        given().auth().oauth2(token).when().get(other.disclosures()).then().statusCode(403);
        given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .when().post("/auth/token").then().statusCode(200);

        given().auth().oauth2(supplier.token()).when().get(SUPPLIERS + "/" + supplier.supplierId() + "/api-clients")
                .then().statusCode(200).body("[0].clientId", is(clientId)).body("[0].clientSecret", nullValue());
        given().auth().preemptive().basic(clientId, secret + "x").formParam("grant_type", "client_credentials")
                .when().post("/auth/token").then().statusCode(401).body("error", is("invalid_client"));
        given().auth().preemptive().basic(clientId, secret).formParam("grant_type", "password")
                .when().post("/auth/token").then().statusCode(400).body("error", is("unsupported_grant_type"));

        given().auth().oauth2(TestTokens.admin())
                .when().delete(SUPPLIERS + "/" + supplier.supplierId() + "/api-clients/" + clientId)
                .then().statusCode(200).body("revokedAt", notNullValue());
        given().auth().preemptive().basic(clientId, secret).formParam("grant_type", "client_credentials")
                .when().post("/auth/token").then().statusCode(401);
    }

    @Test
    void expiredForeignAndForgedTokensAreRefused() {
        for (String token : new String[]{TestTokens.expired("admin"), TestTokens.fromOtherIssuer("admin"),
                TestTokens.signedWithUnknownKey("admin")}) {
            given().auth().oauth2(token).when().get(SUPPLIERS).then().statusCode(401)
                    .contentType(startsWith(PROBLEM_JSON));
        }
    }
}
