package org.copperpcf.footprint.rest;

import org.copperpcf.footprint.service.FootprintSignatures;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/signatures")
@Tag(name = "Signatures and audit bundles")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignatureVerificationResource {
    private final FootprintSignatures signatures;

    public SignatureVerificationResource(FootprintSignatures signatures) {
        this.signatures = signatures;
    }

    /** A signature to check. */
    public record VerifyRequest(String jws) {
    }

    @POST
    @Path("/verify")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "Verify a footprint signature", description = "Checks a compact JWS against this service's "
            + "keys, active and retired: valid when its kid names one of them and the signature verifies. "
            + "storedVersionMatches tells whether every version the payload lists is stored here with the same "
            + "resultHash and inputsHash. An unknown kid or a changed payload or signature is valid=false with a reason; "
            + "input that is not a compact JWS is a 400 naming jws.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "jws", value = Examples.VERIFY_REQUEST)))
    @APIResponse(responseCode = "200", description = "The verdict", content = @Content(examples = {
            @ExampleObject(name = "valid", value = Examples.VERIFIED),
            @ExampleObject(name = "invalid", value = Examples.NOT_VERIFIED)}))
    @APIResponse(responseCode = "400", description = "jws missing or not a compact JWS",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "problem", value = Examples.BAD_JWS)))
    @APIResponse(responseCode = "403", description = "Not a buyer, certifier or admin")
    public FootprintSignatures.Verification verify(VerifyRequest request) {
        if (request == null || request.jws() == null || request.jws().isBlank()) {
            throw ProblemException.invalid("jws", "a compact JWS is required");
        }
        try {
            return signatures.verify(request.jws());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("jws", e.getMessage());
        }
    }
}
