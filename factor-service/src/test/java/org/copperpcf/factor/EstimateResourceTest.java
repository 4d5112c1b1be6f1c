package org.copperpcf.factor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class EstimateResourceTest {
    private static final String ESTIMATE = "/api/v1/estimate";

    @Test
    void thousandKilowattHoursInJiangxiIn2023UseTheProvincialFactorWithItsSource() {
        given().auth().oauth2(TestTokens.buyer()).contentType(ContentType.JSON)
                .body("""
                        {"amount": "1000", "unit": "kWh", "release": "CN-2025.1",
                         "selector": {"category": "electricity", "geography": "CN-JX", "year": 2023}}""")
                .when().post(ESTIMATE)
                .then().statusCode(200)
                .body("co2eKg", is("583.6"))
                .body("co2eKgByGas.co2", is("583.6"))
                .body("gwpSet", is("AR6"))
                .body("factor.key", is("electricity.grid.cn-jx.2023"))
                .body("factor.status", is("verified"))
                .body("factor.source.publisher", is("MEE/NBS"))
                .body("factor.source.document", containsString("2023"))
                .body("release", is("CN-2025.1"))
                .body("selection", containsString("year 2023 (exact)"));
    }

    @Test
    void unitsAreConvertedToTheFactorsUnitAndIncompatibleOnesRefused() {
        given().auth().oauth2(TestTokens.supplier(java.util.UUID.randomUUID())).contentType(ContentType.JSON)
                .body("{\"amount\": \"1\", \"unit\": \"MWh\", \"factorKey\": \"electricity.grid.cn-jx.2023\"}")
                .when().post(ESTIMATE)
                .then().statusCode(200).body("co2eKg", is("583.6")).body("activity.amountInFactorUnit", is("1000"));
        given().auth().oauth2(TestTokens.buyer()).contentType(ContentType.JSON)
                .body("{\"amount\": \"1\", \"unit\": \"t\", \"factorKey\": \"electricity.grid.cn-jx.2023\"}")
                .when().post(ESTIMATE)
                .then().statusCode(400).body("violations[0].field", is("unit"))
                .body("violations[0].message", containsString("different quantities"));
        given().auth().oauth2(TestTokens.buyer()).contentType(ContentType.JSON)
                .body("{\"amount\": \"-5\", \"unit\": \"parsec\", \"factorKey\": \"electricity.grid.cn-jx.2023\"}")
                .when().post(ESTIMATE)
                .then().statusCode(400).body("violations[0].field", is("amount"));
    }

    @Test
    void aProvinceWithoutFactorsFallsBackToItsGridThenItsCountryAndSaysSo() {
        given().auth().oauth2(TestTokens.buyer()).contentType(ContentType.JSON)
                .body("{\"amount\": \"1000\", \"unit\": \"kWh\", \"release\": \"CN-2025.1\", "
                        + "\"selector\": {\"category\": \"electricity\", \"geography\": \"CN-XZ\", \"year\": 2023}}")
                .when().post(ESTIMATE)
                .then().statusCode(200)
                .body("factor.key", is("electricity.grid.cn-southwest.2023"))
                .body("selection", containsString("grid region CN-SOUTHWEST (no factor for CN-XZ"));
        given().auth().oauth2(TestTokens.buyer()).contentType(ContentType.JSON)
                .body("{\"amount\": \"1\", \"unit\": \"kWh\", \"release\": \"CN-2025.1\", "
                        + "\"selector\": {\"category\": \"electricity\", \"geography\": \"CN\", \"year\": 2023}}")
                .when().post(ESTIMATE)
                .then().statusCode(400)
                .body("violations[0].message", containsString("electricity.footprint.cn.2023, electricity.grid.cn.2023"));
        given().auth().oauth2(TestTokens.buyer()).contentType(ContentType.JSON)
                .body("{\"amount\": \"1\", \"unit\": \"kWh\", \"release\": \"CN-2025.1\", \"selector\": "
                        + "{\"category\": \"electricity\", \"geography\": \"CN\", \"year\": 2023, \"boundary\": \"combustion\"}}")
                .when().post(ESTIMATE)
                .then().statusCode(200).body("factor.key", is("electricity.grid.cn.2023"));
        given().auth().oauth2(TestTokens.buyer()).contentType(ContentType.JSON)
                .body("{\"amount\": \"1\", \"unit\": \"kWh\", \"release\": \"CN-2025.1\", "
                        + "\"selector\": {\"category\": \"electricity\", \"gridRegion\": \"CN-EAST\", \"year\": 2022}}")
                .when().post(ESTIMATE)
                .then().statusCode(200).body("factor.key", is("electricity.grid.cn-east.2022"));
    }

    @Test
    void aYearWithoutDataFallsBackToTheNewestEarlierOneAndSaysSo() {
        given().auth().oauth2(TestTokens.buyer()).contentType(ContentType.JSON)
                .body("{\"amount\": \"1000\", \"unit\": \"kWh\", \"release\": \"CN-2025.1\", "
                        + "\"selector\": {\"category\": \"electricity\", \"geography\": \"CN-JX\", \"year\": 2025}}")
                .when().post(ESTIMATE)
                .then().statusCode(200)
                .body("factor.key", is("electricity.grid.cn-jx.2023"))
                .body("selection", containsString("newest before 2025"));
        given().auth().oauth2(TestTokens.buyer()).contentType(ContentType.JSON)
                .body("{\"amount\": \"1\", \"unit\": \"kWh\", \"selector\": {\"category\": \"electricity\", \"geography\": \"FR\"}}")
                .when().post(ESTIMATE)
                .then().statusCode(404).body("code", is("NO_MATCHING_FACTOR"));
        given().auth().oauth2(TestTokens.buyer()).contentType(ContentType.JSON)
                .body("{\"amount\": \"1\", \"unit\": \"kWh\"}")
                .when().post(ESTIMATE)
                .then().statusCode(400).body("violations[0].field", is("factorKey"));
    }
}
