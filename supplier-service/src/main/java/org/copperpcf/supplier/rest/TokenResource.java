package org.copperpcf.supplier.rest;

import java.util.Optional;

import org.copperpcf.kit.oauth.ClientCredentials;
import org.copperpcf.supplier.ApiClient;
import org.copperpcf.supplier.security.TokenSigner;
import org.copperpcf.supplier.service.ApiClientService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The OAuth2 client-credentials token endpoint for supplier systems (RFC 6749 §4.4, at PACT's fallback path
 * {@code /auth/token}). It is the one endpoint open to anonymous callers: the credentials are what it checks. Errors
 * use RFC 6749's {@code {"error": …}} body, as OAuth clients expect, not problem+json.
 */
@Path("/auth/token")
@Tag(name = "Authentication", description = "Client-credentials tokens for supplier systems")
public class TokenResource {
    private static final String TOKEN_EXAMPLE = """
            {"access_token": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdXBwbGllcl9pZCI6IjNkMWYwYjdlIn0.c2lnbmF0dXJl",
             "token_type": "Bearer", "expires_in": 3600}""";

    private final ApiClientService clients;
    private final TokenSigner signer;

    public TokenResource(ApiClientService clients, TokenSigner signer) {
        this.clients = clients;
        this.signer = signer;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Obtain an access token with client credentials", description = "Form body "
            + "grant_type=client_credentials; credentials as HTTP Basic (preferred) or client_id/client_secret form "
            + "fields. The token carries role supplier and the client's supplier_id; scope, audience and resource "
            + "are accepted and ignored.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            examples = @ExampleObject(name = "form", value = "grant_type=client_credentials")))
    @APIResponse(responseCode = "200", description = "A bearer token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "token", value = TOKEN_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "unsupported_grant_type or invalid_request")
    @APIResponse(responseCode = "401", description = "invalid_client: unknown or revoked client, wrong secret")
    @APIResponse(responseCode = "503", description = "No signing key configured")
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String formClientId,
                          @FormParam("client_secret") String formSecret,
                          @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (grantType == null) {
            return error(400, "invalid_request", "grant_type is required");
        }
        if (!ClientCredentials.GRANT_TYPE.equals(grantType)) {
            return error(400, "unsupported_grant_type", "only client_credentials is supported");
        }
        String clientId = formClientId;
        String secret = formSecret;
        Optional<ClientCredentials.Credentials> basic = ClientCredentials.basic(authorization);
        if (basic.isPresent()) {
            clientId = basic.get().clientId();
            secret = basic.get().secret();
        }
        if (clientId == null || secret == null) {
            return error(401, "invalid_client", "client credentials are required");
        }
        if (!signer.isConfigured()) {
            return error(503, "temporarily_unavailable", "no token signing key is configured");
        }
        Optional<ApiClient> client = clients.authenticate(clientId, secret);
        if (client.isEmpty()) {
            return error(401, "invalid_client", "unknown client or wrong secret");
        }
        String token = signer.supplierToken(client.get().clientId, client.get().supplierId);
        return ClientCredentials.token(token, signer.lifetimeSeconds());
    }

    private static Response error(int status, String error, String description) {
        return ClientCredentials.error(status, error, description, "supplier-service");
    }
}
