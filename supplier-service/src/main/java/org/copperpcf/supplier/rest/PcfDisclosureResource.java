package org.copperpcf.supplier.rest;

import java.util.UUID;

import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.security.Roles;
import org.copperpcf.kit.security.SupplierScope;
import org.copperpcf.supplier.PcfDisclosure;
import org.copperpcf.supplier.mapping.PactPullMapper;
import org.copperpcf.supplier.model.DisclosureStatus;
import org.copperpcf.supplier.service.PcfDisclosureService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/suppliers/{supplierId}/pcf-disclosures")
@Tag(name = "PACT pull", description = "A supplier's own PACT host, which supplier-service pulls footprints from for "
        + "review")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
/** Reviews map their result inside the service's transaction ({@code @Transactional} here), so views see it whole. */
public class PcfDisclosureResource {
    private final PcfDisclosureService disclosures;
    private final SupplierScope scope;
    private final SecurityIdentity caller;

    public PcfDisclosureResource(PcfDisclosureService disclosures, SupplierScope scope, SecurityIdentity caller) {
        this.disclosures = disclosures;
        this.scope = scope;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "List the footprints pulled from a supplier's PACT host", description = "Oldest first, "
            + "optionally by status (submitted, accepted, rejected); paged by the Link rel=next header.")
    @APIResponse(responseCode = "200", description = "One page of PCF disclosures",
            content = @Content(examples = @ExampleObject(name = "pcf disclosures",
                    value = "[" + Examples.PCF_DISCLOSURE + "]")))
    @APIResponse(responseCode = "400", description = "Unknown status or bad cursor")
    @APIResponse(responseCode = "403", description = "Another supplier")
    public Response list(@PathParam("supplierId") UUID supplierId, @QueryParam("status") String status,
                         @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        scope.requireAccessTo(supplierId);
        DisclosureStatus wanted = DisclosurePages.status(status);
        return DisclosurePages.page((time, id, n) -> PcfDisclosure.page(supplierId, wanted, time, id, n), cursor,
                limit, uri, d -> d.createdAt + "|" + d.id, PactPullMapper::toView);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "Get a pulled footprint under review", description = "With its URL on the partner's host, "
            + "the pull that brought it, flags for the reviewer and the v3 document.")
    @APIResponse(responseCode = "200", description = "The PCF disclosure",
            content = @Content(examples = @ExampleObject(name = "pcf disclosure", value = Examples.PCF_DISCLOSURE)))
    @APIResponse(responseCode = "403", description = "Another supplier")
    @APIResponse(responseCode = "404", description = "No such PCF disclosure of this supplier")
    public PcfDisclosureView get(@PathParam("supplierId") UUID supplierId, @PathParam("id") UUID id) {
        scope.requireAccessTo(supplierId);
        return disclosures.find(supplierId, id).map(PactPullMapper::toView)
                .orElseThrow(() -> ProblemException.notFound("PCF disclosure", id));
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.BUYER})
    @Operation(summary = "Accept a pulled footprint", description = "By an admin or the buying organisation's "
            + "reviewer. The footprint becomes the supplier's product footprint under its PACT id and is announced "
            + "as SupplierFootprintReceived on pcf.supplier-footprints.v1, exactly as a pushed one; predecessors of "
            + "this supplier named in precedingPfIds become Deprecated and are announced again.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "review", value = Examples.REVIEW)))
    @APIResponse(responseCode = "200", description = "Accepted",
            content = @Content(examples = @ExampleObject(name = "pcf disclosure", value = Examples.PCF_DISCLOSURE)))
    @APIResponse(responseCode = "404", description = "No such PCF disclosure of this supplier")
    @APIResponse(responseCode = "409", description = "Not submitted, or a footprint with this PACT id was pushed "
            + "meanwhile")
    @Transactional
    public PcfDisclosureView accept(@PathParam("supplierId") UUID supplierId, @PathParam("id") UUID id,
                                    ReviewRequest review) {
        return PactPullMapper.toView(disclosures.accept(supplierId, id, review == null ? null : review.comment(),
                principal()));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.BUYER})
    @Operation(summary = "Reject a pulled footprint with a reason", description = "Nothing is announced. The "
            + "footprint stays rejected: PACT ids are immutable, so a corrected footprint comes under a new id.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rejection", value = Examples.REJECTION)))
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(examples = @ExampleObject(name = "pcf disclosure", value = Examples.PCF_DISCLOSURE)))
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such PCF disclosure of this supplier")
    @APIResponse(responseCode = "409", description = "Not submitted")
    @Transactional
    public PcfDisclosureView reject(@PathParam("supplierId") UUID supplierId, @PathParam("id") UUID id,
                                    ReviewRequest review) {
        return PactPullMapper.toView(disclosures.reject(supplierId, id, review == null ? null : review.reason(),
                principal()));
    }

    private String principal() {
        return caller.getPrincipal().getName();
    }
}
