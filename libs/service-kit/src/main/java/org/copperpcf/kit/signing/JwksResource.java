package org.copperpcf.kit.signing;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The public keys this service signs with, in every service (the kit's index brings it along). */
@Path("/.well-known/jwks.json")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Signing keys", description = "Ed25519 keys that sign this service's documents; rotated by an admin")
public class JwksResource {
    static final String JWKS = """
            {"keys": [
             {"kty": "OKP", "crv": "Ed25519", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",
              "kid": "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k", "use": "sig", "alg": "EdDSA",
              "status": "retired", "createdAt": "2026-03-01T08:00:00Z", "retiredAt": "2026-06-01T08:00:00Z"},
             {"kty": "OKP", "crv": "Ed25519", "x": "3nvU1hI6hZXpK2kgYzLfmKxbgWNQ-vE6B3r8V0wVdFQ",
              "kid": "q5mVg0Q0bS1XwJvA7x0gkEw1aAqJmYvQhDZt3r0Xk8E", "use": "sig", "alg": "EdDSA",
              "status": "active", "createdAt": "2026-06-01T08:00:00Z"}]}""";

    private final SigningKeys keys;

    public JwksResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @PermitAll
    @Operation(summary = "The service's public signing keys (JWKS)", description = "Every key, active and retired "
            + "(RFC 7517, OKP/Ed25519 per RFC 8037), oldest first: a retired key stays here so that what it signed "
            + "still verifies. status, createdAt and retiredAt are extra members. No token needed.")
    @APIResponse(responseCode = "200", description = "The JWK set",
            content = @Content(examples = @ExampleObject(name = "jwks", value = JWKS)))
    public SigningKeys.JwkSet jwks() {
        return keys.jwks();
    }
}
