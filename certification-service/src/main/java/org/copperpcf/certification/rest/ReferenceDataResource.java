package org.copperpcf.certification.rest;

import java.util.List;
import java.util.UUID;

import org.copperpcf.certification.model.EnergyBenchmark;
import org.copperpcf.certification.service.FootprintReplicaService;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What evaluations read: the energy-benchmark table and the footprint replica. */
@Path("/api/v1")
@Tag(name = "Evaluation inputs", description = "Energy limits and benchmark levels, and the replicated footprints")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceDataResource {
    private final FootprintReplicaService footprints;

    public ReferenceDataResource(FootprintReplicaService footprints) {
        this.footprints = footprints;
    }

    @GET
    @Path("/energy-benchmarks")
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.CERTIFIER, Roles.BUYER, Roles.SUPPLIER})
    @Operation(summary = "List the energy limits and benchmark levels (GB 21248, NDRC) with sources and tags")
    @APIResponse(responseCode = "200", description = "Every row",
            content = @Content(examples = @ExampleObject(name = "benchmarks", value = "[" + Examples.BENCHMARK + "]")))
    public List<EnergyBenchmarkView> benchmarks() {
        return EnergyBenchmark.all().stream().map(EnergyBenchmarkView::of).toList();
    }

    @GET
    @Path("/replica/footprints/{versionId}")
    @RolesAllowed({Roles.ADMIN, Roles.CERTIFIER})
    @Operation(summary = "Get a replicated footprint version")
    @APIResponse(responseCode = "200", description = "The replicated version",
            content = @Content(examples = @ExampleObject(name = "footprint", value = Examples.FOOTPRINT)))
    @APIResponse(responseCode = "404", description = "Not (yet) replicated")
    public ReplicatedFootprintView footprint(@PathParam("versionId") UUID versionId) {
        return footprints.find(versionId).map(ReplicatedFootprintView::of)
                .orElseThrow(() -> ProblemException.notFound("footprint version", versionId));
    }
}
