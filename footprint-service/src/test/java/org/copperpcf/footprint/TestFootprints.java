package org.copperpcf.footprint;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;

import org.copperpcf.kit.testing.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/** Footprints made and read through the internal API, for tests of what is built on them (the PACT host). */
public final class TestFootprints {
    private TestFootprints() {
    }

    /** Creates a footprint from a specification as JSON; its id. */
    public static String create(String specification) {
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(specification)
                .when().post("/api/v1/footprints").then().statusCode(201).extract().path("footprintId");
    }

    /** The id of the footprint's current version: its PACT id. */
    public static String currentVersion(String footprintId) {
        return given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/footprints/" + footprintId)
                .then().statusCode(200).extract().path("versionId");
    }

    /** The texts of a JSON array. */
    public static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
