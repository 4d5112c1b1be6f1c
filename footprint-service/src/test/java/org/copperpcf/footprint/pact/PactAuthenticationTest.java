package org.copperpcf.footprint.pact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * PACT clients and the token flow: the admin registers and revokes clients, {@code /auth/token} answers client
 * credentials the ways PACT clients send them with RFC 6749 bodies, discovery names the token endpoint, and all of it
 * answers on the HTTPS port only.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PactAuthenticationTest {
    private static final String CLIENTS = "/api/v1/pact/clients";

    @TestHTTPResource(value = "/", tls = true)
    URL https;

    @Test
    void basicCredentialsGiveABearerTokenAndExtraFieldsAreTolerated() {
        PactHost host = PactHost.register(https);
        PactHost.anonymous(https).auth().preemptive().basic(host.clientId(), host.secret())
                .formParam("grant_type", "client_credentials").formParam("scope", "footprints")
                .formParam("audience", "https://localhost").formParam("resource", "https://localhost/3")
                .when().post("/auth/token")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body("token_type", is("Bearer")).body("expires_in", is(3600))
                .body("access_token", not(host.token()));
        PactHost.anonymous(https).formParam("grant_type", "client_credentials")
                .formParam("client_id", host.clientId()).formParam("client_secret", host.secret())
                .when().post("/auth/token")
                .then().statusCode(200).body("access_token", notNullValue());
    }

    @Test
    void badCredentialsAndGrantsGetRfc6749Errors() {
        PactHost host = PactHost.register(https);
        PactHost.anonymous(https).auth().preemptive().basic(host.clientId(), host.secret() + "x")
                .formParam("grant_type", "client_credentials").when().post("/auth/token")
                .then().statusCode(401).header("WWW-Authenticate", is("Basic realm=\"copper-pcf PACT host\""))
                .body("error", is("invalid_client")).body("error_description", notNullValue());
        PactHost.anonymous(https).auth().preemptive().basic("pact-unknown", host.secret())
                .formParam("grant_type", "client_credentials").when().post("/auth/token")
                .then().statusCode(401).body("error", is("invalid_client"));
        PactHost.anonymous(https).formParam("grant_type", "client_credentials").when().post("/auth/token")
                .then().statusCode(401).body("error", is("invalid_client"));
        PactHost.anonymous(https).auth().preemptive().basic(host.clientId(), host.secret())
                .formParam("grant_type", "password").when().post("/auth/token")
                .then().statusCode(400).body("error", is("unsupported_grant_type"));
        PactHost.anonymous(https).auth().preemptive().basic(host.clientId(), host.secret())
                .formParam("scope", "x").when().post("/auth/token")
                .then().statusCode(400).body("error", is("invalid_request"));
    }

    @Test
    void aRevokedClientGetsNoTokenAndItsTokensStopWorking() {
        PactHost host = PactHost.register(https);
        given().auth().oauth2(TestTokens.admin()).when().delete(CLIENTS + "/" + host.clientId())
                .then().statusCode(200).body("revokedAt", notNullValue()).body("clientSecret", nullValue());
        PactHost.anonymous(https).auth().preemptive().basic(host.clientId(), host.secret())
                .formParam("grant_type", "client_credentials").when().post("/auth/token")
                .then().statusCode(401).body("error", is("invalid_client"));
        given().auth().oauth2(TestTokens.admin()).when().get(CLIENTS + "/" + host.clientId())
                .then().statusCode(200).body("revokedAt", notNullValue());
    }

    @Test
    void onlyAdminsManageClientsAndSecretsAreShownOnce() {
        PactHost host = PactHost.register(https);
        given().auth().oauth2(TestTokens.admin()).when().get(CLIENTS)
                .then().statusCode(200).body("clientId", hasItem(host.clientId()))
                .body("clientSecret", not(hasItem(host.secret())));
        given().auth().oauth2(TestTokens.admin()).when().get(CLIENTS + "/" + host.clientId())
                .then().statusCode(200).body("name", is("test buyer")).body("clientSecret", nullValue());
        given().auth().oauth2(TestTokens.buyer()).when().get(CLIENTS).then().statusCode(403);
        given().when().get(CLIENTS).then().statusCode(401);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{\"name\": \" \"}")
                .when().post(CLIENTS).then().statusCode(400).body("violations[0].field", is("name"));
        given().auth().oauth2(TestTokens.admin()).when().get(CLIENTS + "/pact-nobody")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void discoveryNamesTheAbsoluteTokenEndpointOfTheRequest() {
        String base = "https://localhost:" + https.getPort();
        PactHost.anonymous(https).when().get("/.well-known/openid-configuration")
                .then().statusCode(200).body("issuer", is(base))
                .body("token_endpoint", is(base + "/auth/token"))
                .body("grant_types_supported", contains("client_credentials"))
                .body("token_endpoint_auth_methods_supported", contains("client_secret_basic", "client_secret_post"));
    }

    @Test
    void thePactPathsAreRefusedOnThePlainPort() {
        given().formParam("grant_type", "client_credentials").when().post("/auth/token")
                .then().statusCode(403).body("code", is("AccessDenied"));
        given().when().get("/.well-known/openid-configuration").then().statusCode(403).body("code", is("AccessDenied"));
    }

    @Test
    void plainHttpToTheHttpsPortFails() {
        assertThrows(Exception.class, () -> given().baseUri("http://localhost").port(https.getPort())
                .formParam("grant_type", "client_credentials").when().post("/auth/token"));
        String answer;
        try (Socket socket = new Socket("localhost", https.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /.well-known/openid-configuration HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            answer = "";
        }
        assertFalse(answer.startsWith("HTTP/"), "the HTTPS port answered plain HTTP: " + answer);
    }
}
