package org.copperpcf.footprint.rest;

import java.util.List;

import org.copperpcf.footprint.service.FactorReplicaService;
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

@Path("/api/v1/replica/factor-releases")
@Tag(name = "Factor replica", description = "The factor releases footprint-service has received over Kafka")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CERTIFIER, Roles.BUYER})
public class FactorReplicaResource {
    private static final String EXAMPLE = """
            {"releaseId": "9b2e7c1a-5d1e-4c53-8f0e-2a4b8c6d1e01", "name": "CN-2025.1", "version": 0,
             "publishedAt": "2026-03-05T10:15:29.412Z", "lastEventId": "0d9a6c5e-3b1f-4f7e-9a55-1c2f0b7e8d41",
             "receivedEvents": 1, "updatedAt": "2026-03-05T10:15:30.101Z",
             "factors": [{"key": "electricity.grid.cn", "name": "China national grid average, 2022", "unit": "kWh",
                          "co2ePerUnit": "0.5366", "sourcePublisher": "MEE/NBS", "sourceDocument": "2024 No. 12",
                          "sourceUrl": null}]}""";

    private final FactorReplicaService replica;

    public FactorReplicaResource(FactorReplicaService replica) {
        this.replica = replica;
    }

    @GET
    @Operation(summary = "List replicated factor releases, newest first")
    @APIResponse(responseCode = "200", description = "Replicated releases",
            content = @Content(examples = @ExampleObject(name = "releases", value = "[" + EXAMPLE + "]")))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public List<ReplicatedReleaseView> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return replica.newestFirst(limit).stream().map(ReplicatedReleaseView::of).toList();
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "Get a replicated factor release by name")
    @APIResponse(responseCode = "200", description = "The replicated release",
            content = @Content(examples = @ExampleObject(name = "release", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "Not (yet) replicated")
    public ReplicatedReleaseView get(@PathParam("name") String name) {
        return replica.find(name).map(ReplicatedReleaseView::of)
                .orElseThrow(() -> ProblemException.notFound("replicated factor release", name));
    }
}
