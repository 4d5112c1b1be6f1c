package org.copperpcf.footprint.rest;

import java.util.List;
import java.util.UUID;

import org.copperpcf.footprint.service.DisclosureReplicaService;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.security.Roles;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/replica/disclosures")
@Tag(name = "Disclosure replica", description = "The accepted supplier disclosures footprint-service has received")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CERTIFIER})
public class DisclosureReplicaResource {
    private static final String EXAMPLE = """
            {"disclosureId": "0f6c1e2a-8b7d-4c3e-9f10-1a2b3c4d5e6f", "version": 2, "status": "accepted",
             "seriesId": "0f6c1e2a-8b7d-4c3e-9f10-1a2b3c4d5e6f", "revision": 1,
             "supplierId": "3d1f0b7e-2c4a-4e5f-8a9b-0c1d2e3f4a5b",
             "companyIds": ["urn:pact:copperpcf.org:company-id:91350100M000100Y43"],
             "facilityId": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "facilityName": "Guixi smelter",
             "provinceCode": "CN-JX", "gridRegion": "CN-CENTRAL", "process": "ELECTROREFINING",
             "periodStart": "2025-01-01", "periodEnd": "2026-01-01", "product": "cathode",
             "productionAmount": "120000", "productionUnit": "t",
             "lines": [{"lineNo": 1, "category": "energy", "item": "electricity", "amount": "42000", "unit": "MWh",
                        "dataType": "primary"}],
             "certificates": [{"certificateId": "GEC-2025-JX-000123", "mwh": "1000", "vintage": 2025,
                               "generationType": "wind"}],
             "evidenceSha256": ["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"],
             "acceptedAt": "2026-03-05T10:15:29.412Z", "reviewedBy": "buyer-reviewer",
             "lastEventId": "5b0d2c9e-6f3a-4d1b-9a7e-3c2f1e0d9b84", "receivedEvents": 1,
             "updatedAt": "2026-03-05T10:15:30.101Z"}""";

    private final DisclosureReplicaService replica;

    public DisclosureReplicaResource(DisclosureReplicaService replica) {
        this.replica = replica;
    }

    @GET
    @Operation(summary = "List replicated disclosures, most recently updated first")
    @APIResponse(responseCode = "200", description = "Replicated disclosures",
            content = @Content(examples = @ExampleObject(name = "disclosures", value = "[" + EXAMPLE + "]")))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public List<ReplicatedDisclosureView> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return replica.newestFirst(limit).stream().map(ReplicatedDisclosureView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a replicated disclosure")
    @APIResponse(responseCode = "200", description = "The replicated disclosure",
            content = @Content(examples = @ExampleObject(name = "disclosure", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "Not (yet) replicated")
    public ReplicatedDisclosureView get(@PathParam("id") UUID id) {
        return replica.find(id).map(ReplicatedDisclosureView::of)
                .orElseThrow(() -> ProblemException.notFound("replicated disclosure", id));
    }
}
