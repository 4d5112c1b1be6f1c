package org.copperpcf.footprint.rest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.copperpcf.footprint.pact.PactClientService;
import org.copperpcf.kit.oauth.ClientCredentials;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * PACT authentication on the HTTPS port: the OAuth2 client-credentials token endpoint at PACT's fallback path
 * {@code /auth/token} (RFC 6749 §4.4, errors as RFC 6749 §5.2 bodies) and the OpenID discovery document that names it.
 * Open to anonymous callers: the credentials are what they check.
 */
@Path("/")
@Tag(name = "PACT authentication", description = "Client-credentials tokens for PACT data recipients")
public class PactTokenResource {
    private static final String REALM = "copper-pcf PACT host";
    private static final String TOKEN = """
            {"access_token": "mR3v8WcXo1qYb6Zs0dNf2gHk7Lp4Tj9Ue5Ai3Oy1Qw8", "token_type": "Bearer",
             "expires_in": 3600}""";
    private static final String DISCOVERY = """
            {"issuer": "https://localhost:8443", "token_endpoint": "https://localhost:8443/auth/token",
             "grant_types_supported": ["client_credentials"],
             "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"]}""";

    private final PactClientService clients;

    public PactTokenResource(PactClientService clients) {
        this.clients = clients;
    }

    @POST
    @Path("/auth/token")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Obtain a PACT access token with client credentials", description = "Form body "
            + "grant_type=client_credentials; credentials as HTTP Basic (preferred) or client_id/client_secret form "
            + "fields. scope, audience and resource are accepted and ignored. HTTPS port only.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            examples = @ExampleObject(name = "form", value = "grant_type=client_credentials")))
    @APIResponse(responseCode = "200", description = "An opaque bearer token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "token", value = TOKEN)))
    @APIResponse(responseCode = "400", description = "unsupported_grant_type or invalid_request")
    @APIResponse(responseCode = "401", description = "invalid_client: unknown or revoked client, wrong secret")
    @APIResponse(responseCode = "403", description = "Asked over plain HTTP")
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String formClientId,
                          @FormParam("client_secret") String formSecret,
                          @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (grantType == null) {
            return ClientCredentials.error(400, "invalid_request", "grant_type is required", REALM);
        }
        if (!ClientCredentials.GRANT_TYPE.equals(grantType)) {
            return ClientCredentials.error(400, "unsupported_grant_type", "only client_credentials is supported",
                    REALM);
        }
        Optional<ClientCredentials.Credentials> credentials = ClientCredentials.basic(authorization)
                .or(() -> Optional.ofNullable(formClientId)
                        .map(id -> new ClientCredentials.Credentials(id, formSecret)));
        if (credentials.isEmpty() || credentials.get().secret() == null) {
            return ClientCredentials.error(401, "invalid_client", "client credentials are required", REALM);
        }
        return clients.issueToken(credentials.get().clientId(), credentials.get().secret())
                .map(token -> ClientCredentials.token(token, clients.tokenLifetimeSeconds()))
                .orElseGet(() -> ClientCredentials.error(401, "invalid_client", "Authentication failed", REALM));
    }

    @GET
    @Path("/.well-known/openid-configuration")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OpenID discovery: where PACT clients get tokens", description = "token_endpoint is "
            + "absolute, on the scheme, host and port the document was asked on. HTTPS port only.")
    @APIResponse(responseCode = "200", description = "The discovery document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "discovery", value = DISCOVERY)))
    @APIResponse(responseCode = "403", description = "Asked over plain HTTP")
    public Map<String, Object> discovery(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceFirst("/$", "");
        return Map.of("issuer", base, "token_endpoint", base + "/auth/token",
                "grant_types_supported", List.of(ClientCredentials.GRANT_TYPE),
                "token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
    }
}
