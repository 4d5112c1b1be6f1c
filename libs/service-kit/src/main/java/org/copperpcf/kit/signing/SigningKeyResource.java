package org.copperpcf.kit.signing;

import org.copperpcf.kit.audit.AuditTrail;
import org.copperpcf.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Key rotation, in every service beside {@link JwksResource}. */
@Path("/api/v1/signing-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Signing keys")
public class SigningKeyResource {
    static final String KEY = """
            {"kty": "OKP", "crv": "Ed25519", "x": "3nvU1hI6hZXpK2kgYzLfmKxbgWNQ-vE6B3r8V0wVdFQ",
             "kid": "q5mVg0Q0bS1XwJvA7x0gkEw1aAqJmYvQhDZt3r0Xk8E", "use": "sig", "alg": "EdDSA",
             "status": "active", "createdAt": "2026-06-01T08:00:00Z"}""";

    private final SigningKeys keys;
    private final AuditTrail audit;

    public SigningKeyResource(SigningKeys keys, AuditTrail audit) {
        this.keys = keys;
        this.audit = audit;
    }

    @POST
    @Path("/rotate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rotate the signing key", description = "Retires the active key and makes a new one that "
            + "signs from now on. The retired key stays in /.well-known/jwks.json, so its signatures still verify. "
            + "Recorded in the audit trail.")
    @APIResponse(responseCode = "200", description = "The new active key",
            content = @Content(examples = @ExampleObject(name = "key", value = KEY)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public SigningKeys.Jwk rotate() {
        return keys.rotate(audit.caller());
    }
}
