package org.copperpcf.footprint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.kit.signing.Jws;
import org.copperpcf.kit.testing.AuditTrailChecks;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every stored footprint version is signed by the active key; after a rotation the old key is retired but still
 * published, so old and new signatures verify, and a changed payload or signature or an unknown key does not.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FootprintSignatureTest {
    static final String FOOTPRINTS = "/api/v1/footprints";
    static final String VERIFY = "/api/v1/signatures/verify";
    static final String ROTATE = "/api/v1/signing-keys/rotate";
    static final String JWKS = "/.well-known/jwks.json";
    static final String CATHODE = """
            {"template":"cathode.pyro-flash.cn","factorRelease":"CN-2025.1","producer":{"supplierId":"%s"},
             "reportingPeriod":{"start":"2025-01-01","end":"2026-01-01"}}""";

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @BeforeEach
    void seedsReplicated() {
        SeededReplicas.replicate(broker);
    }

    @Test
    void versionsSignedBeforeAndAfterARotationBothVerifyAndTamperingDoesNot() {
        UUID supplier = UUID.randomUUID();
        UUID disclosure = UUID.randomUUID();
        SeededReplicas.accept(broker, SeededReplicas.smelterDisclosure(supplier, disclosure, 1,
                DisclosureAccepted.ACCEPTED, null, 140_000, List.of()));
        String id = TestFootprints.create(CATHODE.formatted(supplier));
        JsonPath v1 = given().auth().oauth2(TestTokens.buyer()).when().get(FOOTPRINTS + "/" + id + "/versions/1")
                .then().statusCode(200).extract().jsonPath();

        JsonPath signature1 = signature(id, 1);
        String keyA = signature1.getString("kid");
        assertEquals(keyA, Jws.parse(signature1.getString("jws")).kid());
        assertEquals("pcf-versions+jws", Jws.parse(signature1.getString("jws")).typ());
        assertEquals(1, signature1.getInt("versions"), "a footprint created alone is signed alone");
        assertEquals("footprint-service", signature1.getString("payload.issuer"));
        assertEquals(id, signature1.getString("payload.footprintId"));
        assertEquals(1, signature1.getInt("payload.version"));
        for (String member : List.of("versionId", "product", "declaredUnit", "kgCo2e", "inputsHash", "resultHash",
                "calculatedAt")) {
            assertEquals(v1.getString(member), signature1.getString("payload." + member), member);
        }
        assertEquals(71, signature1.getString("payload.lineageHash").length(), "sha256:<64 hex>");

        String keyB = given().auth().oauth2(TestTokens.admin()).when().post(ROTATE).then().statusCode(200)
                .body("status", is("active")).body("kty", is("OKP")).body("crv", is("Ed25519"))
                .extract().path("kid");
        assertNotEquals(keyA, keyB);
        List<Map<String, Object>> rotations = AuditTrailChecks.entries(Map.of("entityType", "signing-key",
                "entityId", keyB));
        assertEquals("signing-key-rotated", rotations.get(0).get("action"));
        assertEquals("test-admin", rotations.get(0).get("actor"));

        UUID correction = UUID.randomUUID();
        SeededReplicas.accept(broker, SeededReplicas.smelterDisclosure(supplier, disclosure, 2,
                DisclosureAccepted.SUPERSEDED, correction, 140_000, List.of()));
        SeededReplicas.accept(broker, SeededReplicas.smelterDisclosure(supplier, correction, 1,
                DisclosureAccepted.ACCEPTED, null, 150_000, List.of()));
        await().atMost(SeededReplicas.PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.buyer())
                .when().get(FOOTPRINTS + "/" + id).then().body("version", is(2)));
        JsonPath signature2 = signature(id, 2);
        assertEquals(keyB, signature2.getString("kid"), "the recalculation signed with the new key");

        verify(signature1.getString("jws")).body("valid", is(true)).body("kid", is(keyA))
                .body("keyStatus", is("retired")).body("storedVersionMatches", is(true))
                .body("payload.versions.version", contains(1)).body("reason", nullValue());
        verify(signature2.getString("jws")).body("valid", is(true)).body("kid", is(keyB))
                .body("keyStatus", is("active")).body("storedVersionMatches", is(true))
                .body("payload.versions.versionId", hasItem(signature2.getString("payload.versionId")));

        JsonPath jwks = given().when().get(JWKS).then().statusCode(200).extract().jsonPath();
        assertEquals("retired", jwks.getString("keys.find { it.kid == '" + keyA + "' }.status"));
        assertEquals("active", jwks.getString("keys.find { it.kid == '" + keyB + "' }.status"));
        for (String kid : List.of(keyA, keyB)) {
            Map<String, Object> key = jwks.getMap("keys.find { it.kid == '" + kid + "' }");
            assertEquals(List.of("OKP", "Ed25519", "sig", "EdDSA"),
                    List.of(key.get("kty"), key.get("crv"), key.get("use"), key.get("alg")));
        }
        assertEquals(1, jwks.getList("keys.findAll { it.status == 'active' }").size());
        given().when().get(JWKS).then().body("keys.find { it.kid == '" + keyA + "' }.retiredAt", notNullValue());

        String[] parts = signature1.getString("jws").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace(v1.getString("resultHash"),
                "sha256:" + "0".repeat(64));
        assertNotEquals(payload, forged);
        verify(parts[0] + "." + encode(forged) + "." + parts[2]).body("valid", is(false))
                .body("reason", is("bad signature")).body("storedVersionMatches", is(false));
        char c = parts[2].charAt(5);
        verify(parts[0] + "." + parts[1] + "." + parts[2].substring(0, 5) + (c == 'A' ? 'B' : 'A')
                + parts[2].substring(6)).body("valid", is(false)).body("reason", is("bad signature"));
        verify(Jws.sign(Jws.generate().getPrivate(), "no-such-key", "pcf-versions+jws",
                payload.getBytes(StandardCharsets.UTF_8))).body("valid", is(false))
                .body("reason", is("unknown kid no-such-key")).body("keyStatus", nullValue());
        verify(Jws.sign(Jws.generate().getPrivate(), keyA, "pcf-versions+jws", payload.getBytes(StandardCharsets.UTF_8)))
                .body("valid", is(false)).body("reason", is("bad signature"));

        given().auth().oauth2(TestTokens.certifier()).contentType("application/json").body("{\"jws\":\"abc\"}")
                .when().post(VERIFY).then().statusCode(400).body("violations[0].field", is("jws"))
                .body("violations[0].message", containsString("three dot-separated parts"));
        given().auth().oauth2(TestTokens.certifier()).contentType("application/json").body("{}")
                .when().post(VERIFY).then().statusCode(400).body("violations[0].field", is("jws"));

        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("update footprint_signature_batch set kid = 'other' where id = (select batch_id "
                        + "from footprint_signature where version_id = ?1)")
                .setParameter(1, UUID.fromString(v1.getString("versionId"))).executeUpdate()),
                "signatures are immutable in the database");
    }

    @Test
    void onlyAnAdminRotatesAndSuppliersNeitherVerifyNorReadSignatures() {
        String supplier = TestTokens.supplier(UUID.randomUUID());
        given().auth().oauth2(supplier).when().post(ROTATE).then().statusCode(403);
        given().auth().oauth2(TestTokens.buyer()).when().post(ROTATE).then().statusCode(403);
        given().auth().oauth2(TestTokens.certifier()).when().post(ROTATE).then().statusCode(403);
        given().when().post(ROTATE).then().statusCode(401);
        given().auth().oauth2(supplier).contentType("application/json").body("{\"jws\":\"a.b.c\"}")
                .when().post(VERIFY).then().statusCode(403);
        String id = TestFootprints.create("{\"template\":\"rod.cast-and-roll.cn\",\"factorRelease\":\"CN-2025.1\"}");
        given().auth().oauth2(supplier).when().get(FOOTPRINTS + "/" + id + "/versions/1/signature")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.certifier()).when().get(FOOTPRINTS + "/" + id + "/versions/2/signature")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.certifier()).when().get(FOOTPRINTS + "/" + id + "/versions/1/signature")
                .then().statusCode(200).body("jws", startsWith("ey"));
    }

    static JsonPath signature(String footprintId, int version) {
        return given().auth().oauth2(TestTokens.buyer()).when()
                .get(FOOTPRINTS + "/" + footprintId + "/versions/" + version + "/signature")
                .then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.response.ValidatableResponse verify(String jws) {
        return given().auth().oauth2(TestTokens.certifier()).contentType("application/json")
                .body(Map.of("jws", jws)).when().post(VERIFY).then().statusCode(200);
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
