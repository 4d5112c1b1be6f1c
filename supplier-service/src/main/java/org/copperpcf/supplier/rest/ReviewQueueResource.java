package org.copperpcf.supplier.rest;

import org.copperpcf.kit.security.Roles;
import org.copperpcf.supplier.Disclosure;
import org.copperpcf.supplier.PcfDisclosure;
import org.copperpcf.supplier.mapping.DisclosureMapper;
import org.copperpcf.supplier.mapping.PactPullMapper;
import org.copperpcf.supplier.model.DisclosureStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/disclosures")
@Tag(name = "Review", description = "Disclosures of all suppliers, for reviewers and certifiers")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewQueueResource {
    private final DisclosureMapper mapper;

    public ReviewQueueResource(DisclosureMapper mapper) {
        this.mapper = mapper;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "List disclosures of every supplier by status", description = "Default: submitted ones, "
            + "the review queue, oldest first. Paged by the Link rel=next header.")
    @APIResponse(responseCode = "200", description = "One page of disclosures",
            content = @Content(examples = @ExampleObject(name = "queue", value = "[" + Examples.DISCLOSURE + "]")))
    @APIResponse(responseCode = "400", description = "Unknown status or bad cursor")
    public Response queue(@QueryParam("status") @DefaultValue("submitted") String status,
                          @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
                          @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        DisclosureStatus wanted = DisclosurePages.status(status);
        return DisclosurePages.page((time, id, n) -> Disclosure.pageByStatus(wanted, time, id, n), cursor, limit,
                uri, mapper::toView);
    }

    @GET
    @Path("/pcf")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "List footprints pulled from suppliers' PACT hosts by review status", description = "Default: "
            + "submitted ones, the review queue of pulled PCFs, oldest first; each names its URL on the partner's "
            + "host and its pull. Accept or reject them under /api/v1/suppliers/{supplierId}/pcf-disclosures/{id}. "
            + "Paged by the Link rel=next header.")
    @APIResponse(responseCode = "200", description = "One page of PCF disclosures",
            content = @Content(examples = @ExampleObject(name = "queue", value = "[" + Examples.PCF_DISCLOSURE
                    + "]")))
    @APIResponse(responseCode = "400", description = "Unknown status or bad cursor")
    public Response pcfQueue(@QueryParam("status") @DefaultValue("submitted") String status,
                             @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
                             @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        DisclosureStatus wanted = DisclosurePages.status(status);
        return DisclosurePages.page((time, id, n) -> PcfDisclosure.page(null, wanted, time, id, n), cursor, limit,
                uri, d -> d.createdAt + "|" + d.id, PactPullMapper::toView);
    }
}
