package org.copperpcf.footprint.pact;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;

import org.copperpcf.kit.testing.TestTokens;
import org.copperpcf.kit.tls.DevelopmentCertificate;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.specification.RequestSpecification;

/**
 * A data recipient of the PACT host in tests: registers a client through the admin API (main port), takes a token
 * from {@code /auth/token} over HTTPS and gives REST Assured specs for the HTTPS port that trust exactly the test run's
 * development certificate (pinned, not relaxed). Declare in the test class
 * {@code @TestHTTPResource(value = "/", tls = true) URL https;} and call {@code PactHost.register(https)}.
 *
 * @param https the HTTPS port's base URL
 */
public record PactHost(URL https, String clientId, String secret, String token) {
    /** The key store the test profile gives the HTTPS port (application.properties, {@code %test}). */
    public static final Path KEY_STORE = Path.of("target/pact-tls/footprint-pact.p12");

    /** Registers a new client named after the calling test and signs it in. */
    public static PactHost register(URL https) {
        var issued = given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"name\": \"test buyer\"}").when().post("/api/v1/pact/clients")
                .then().statusCode(201).extract().jsonPath();
        String clientId = issued.getString("clientId");
        String secret = issued.getString("clientSecret");
        String token = anonymous(https).auth().preemptive().basic(clientId, secret)
                .formParam("grant_type", "client_credentials").when().post("/auth/token")
                .then().statusCode(200).extract().path("access_token");
        return new PactHost(https, clientId, secret, token);
    }

    /** A request on the HTTPS port with this client's bearer token. */
    public RequestSpecification request() {
        return given().spec(base(https)).auth().oauth2(token);
    }

    /** A request on the HTTPS port without credentials. */
    public static RequestSpecification anonymous(URL https) {
        return given().spec(base(https));
    }

    private static RequestSpecification base(URL https) {
        return new RequestSpecBuilder().setBaseUri("https://localhost").setPort(https.getPort())
                .setConfig(RestAssuredConfig.config().sslConfig(SSLConfig.sslConfig().trustStore(pinned())))
                .build();
    }

    private static KeyStore pinned() {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("footprint-pact", CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(DevelopmentCertificate.pem(KEY_STORE)
                            .getBytes(StandardCharsets.US_ASCII))));
            return trusted;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot trust the development certificate " + KEY_STORE, e);
        }
    }
}
