package org.copperpcf.footprint.rest;

import org.copperpcf.footprint.service.RecalculateAllService;
import org.copperpcf.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/footprints/recalculate-all")
@Tag(name = "Footprints")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class FootprintRecalculationResource {
    private static final String SUMMARY = """
            {"unchanged":41,"changed":1,"failed":1,"failures":[{"footprintId":"3f1c2b7a-9d4e-4a6b-8c2d-1e0f9a8b7c6d",\
            "problem":"no accepted disclosure of supplier 00000000-5e1f-4000-8000-0000000000a1 covers the period"}]}""";

    private final RecalculateAllService service;
    private final SecurityIdentity caller;

    public FootprintRecalculationResource(RecalculateAllService service, SecurityIdentity caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Recalculate every footprint", description = "From the current replicas, one footprint "
            + "at a time: a changed result becomes the next version, an unchanged one keeps the current version, a "
            + "refused one keeps it and records why. Run it after a replica rebuild: a faithful rebuild leaves "
            + "every footprint unchanged.")
    @APIResponse(responseCode = "200", description = "How many were unchanged, changed or failed",
            content = @Content(examples = @ExampleObject(name = "summary", value = SUMMARY)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The replicas are being rebuilt")
    public RecalculateAllService.Summary recalculateAll() {
        return service.recalculateAll(caller.getPrincipal().getName());
    }
}
