package org.copperpcf.certification.rest;

import java.time.Instant;
import java.util.UUID;

import org.copperpcf.certification.model.ReplicatedDisclosure;
import org.copperpcf.certification.service.DisclosureReplicaService;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The disclosure replica that evidence sampling reads, for checking what arrived. */
@Path("/api/v1/replica/disclosures")
@Tag(name = "Evaluation inputs")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class ReplicatedDisclosureResource {
    private final DisclosureReplicaService disclosures;

    public ReplicatedDisclosureResource(DisclosureReplicaService disclosures) {
        this.disclosures = disclosures;
    }

    /** A replicated disclosure: identity, the newest status and version held, and how much there is to sample. */
    public record ReplicatedDisclosureView(UUID disclosureId, long version, String status, UUID supplierId,
                                           UUID facilityId, int lines, int evidenceFiles, UUID lastEventId,
                                           Instant receivedAt) {
        static ReplicatedDisclosureView of(ReplicatedDisclosure r) {
            DisclosureAccepted d = EventJson.fromJson(r.content, DisclosureAccepted.class);
            return new ReplicatedDisclosureView(r.disclosureId, r.version, r.status, r.supplierId, r.facilityId,
                    d.lines() == null ? 0 : d.lines().size(), d.evidence() == null ? 0 : d.evidence().size(),
                    r.lastEventId, r.receivedAt);
        }
    }

    @GET
    @Path("/{disclosureId}")
    @RolesAllowed({Roles.ADMIN, Roles.CERTIFIER})
    @Operation(summary = "Get a replicated disclosure (newest version held)")
    @APIResponse(responseCode = "200", description = "The replicated disclosure",
            content = @Content(examples = @ExampleObject(name = "disclosure", value = Examples.DISCLOSURE)))
    @APIResponse(responseCode = "404", description = "Not (yet) replicated")
    public ReplicatedDisclosureView get(@PathParam("disclosureId") UUID disclosureId) {
        return disclosures.replica(disclosureId).map(ReplicatedDisclosureView::of)
                .orElseThrow(() -> ProblemException.notFound("disclosure", disclosureId));
    }
}
