package org.copperpcf.factor;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import org.copperpcf.kit.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Small steps of the factor API that many tests take, always as an admin. */
final class FactorApi {
    static final String RELEASES = "/api/v1/factor-releases";
    static final String PROBLEM_JSON = "application/problem+json";

    private FactorApi() {
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static ValidatableResponse createDraft(String name, String basedOn) {
        String body = basedOn == null ? "{\"name\": \"" + name + "\"}"
                : "{\"name\": \"" + name + "\", \"basedOn\": \"" + basedOn + "\"}";
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post(RELEASES).then();
    }

    static ValidatableResponse putFactor(String release, String key, String json) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(json)
                .when().put(RELEASES + "/" + release + "/factors/" + key).then();
    }

    static ValidatableResponse publish(String release) {
        return given().auth().oauth2(TestTokens.admin()).when().post(RELEASES + "/" + release + "/publish").then();
    }

    /** A published release holding one CO2-only electricity factor per given key and value. */
    static String publishedWith(String prefix, String... keyValuePairs) {
        String name = uniqueName(prefix);
        createDraft(name, null).statusCode(201);
        for (int i = 0; i < keyValuePairs.length; i += 2) {
            putFactor(name, keyValuePairs[i], co2Factor(keyValuePairs[i], keyValuePairs[i + 1], true)).statusCode(201);
        }
        publish(name).statusCode(200);
        return name;
    }

    static String co2Factor(String key, String co2, boolean redistributable) {
        return """
                {"key": "%s", "nameEn": "Test grid %s", "category": "electricity", "activityUnit": "kWh",
                 "gasBasis": "co2_only", "gases": {"co2": "%s"}, "geography": "CN-JX", "referenceYear": 2023,
                 "boundary": "combustion", "method": "location_average",
                 "source": {"publisher": "MEE/NBS", "document": "test"}, "status": "verified",
                 "dataQuality": {"reliability": 2, "completeness": 1, "temporal": 2, "geographical": 1, "technological": 2},
                 "uncertaintyGsd": "1.05", "licence": "test", "redistributable": %s}"""
                .formatted(key, key, co2, redistributable);
    }

    static String perGasFactor(String key) {
        return """
                {"key": "%s", "nameEn": "Boiler fuel %s", "category": "fuel_combustion", "activityUnit": "GJ",
                 "gasBasis": "per_gas", "gases": {"co2": "1", "ch4_fossil": "0.01", "n2o": "0.001"},
                 "boundary": "combustion", "method": "default", "source": {"publisher": "IPCC"},
                 "status": "verified", "licence": "IPCC", "redistributable": true}"""
                .formatted(key, key);
    }
}
