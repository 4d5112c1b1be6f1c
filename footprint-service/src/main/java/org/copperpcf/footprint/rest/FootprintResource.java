package org.copperpcf.footprint.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.copperpcf.contracts.footprint.FootprintSpecification;
import org.copperpcf.footprint.model.FootprintVersion;
import org.copperpcf.footprint.service.FootprintService;
import org.copperpcf.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/footprints")
@Tag(name = "Footprints", description = "Cradle-to-gate footprints computed from the replicas, with immutable "
        + "versions, breakdowns and lineage")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class FootprintResource {
    private static final String REQUEST = """
            {"template":"tube.cast-and-roll.cn","parameters":{"purchasedScrapShare":"0.2",\
            "electricityProvince":"CN-JX"},"factorRelease":"CN-2025.1","gwpSet":"AR6"}""";
    private static final String VIEW = """
            {"footprintId":"3f1c2b7a-9d4e-4a6b-8c2d-1e0f9a8b7c6d","version":1,"status":"current",\
            "product":"copper.rod","declaredUnit":"1 kg","kgCo2e":"3.178379806",\
            "breakdown":{"byStage":{"casting_rolling":"0.1727","mining":"2.201","smelting":"0.8046"},\
            "byGas":{"co2":"2.93","co2e":"0.2484"},"byProcess":{"rod.cast-and-roll.cn":"0.1727"},\
            "byInput":{"electricity.footprint.cn.2024":"1.87","credit:sulphuric-acid":"-0.2217"}},\
            "lineage":{"template":{"key":"rod.cast-and-roll.cn","version":1,\
            "contentHash":"sha256:cd21db785088ed030d288b97c004185c110b443c90f12d2f6bdde016d8e9b8df",\
            "id":"1f2e3d4c-5b6a-4789-8a9b-0c1d2e3f4a5b"},"processes":[{"key":"rod.cast-and-roll.cn","version":1,\
            "contentHash":"sha256:46f183f10baa2263e0731573eb27184b857c1991b3574936761d4c653e091e34",\
            "id":"0b3c7e2a-6f1d-4e8a-9c5b-2d7e4f1a3b6c"}],"factorRelease":{"key":"CN-2025.1","version":1,\
            "id":"9b2e7c1a-5d1e-4c53-8f0e-2a4b8c6d1e01"},"gwpSet":"AR6",\
            "parameters":{"cathodeRoute":"primary_pyro_flash","secondaryCathodeShare":"0.33",\
            "electricityProvince":"CN"}},"inputsHash":"5be0…","resultHash":"9a1f…",\
            "calculatedAt":"2026-11-22T01:40:00Z","reason":"created by admin"}""";

    private final FootprintService footprints;
    private final SecurityIdentity caller;
    public FootprintResource(FootprintService footprints, SecurityIdentity caller) {
        this.footprints = footprints;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create and compute a footprint", description = "Industry average of a template with the "
            + "parameters given, computed from footprint-service's replicas of templates, processes and factor "
            + "releases. Unknown templates, parameters, factor releases or GWP sets are named in a 400; a supply "
            + "loop without a solution is a 422.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "footprint", value = REQUEST)))
    @APIResponse(responseCode = "201", description = "Version 1",
            content = @Content(examples = @ExampleObject(name = "footprint", value = VIEW)))
    @APIResponse(responseCode = "400", description = "Bad input; every invalid field or parameter is named")
    @APIResponse(responseCode = "422", description = "The product system has no solution")
    public Response create(@NotNull @Valid FootprintRequest request) {
        FootprintSpecification spec = request.specification();
        FootprintVersion version = footprints.create(spec, caller.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/footprints/" + version.footprintId)).entity(view(version))
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "List current footprints", description = "The current version of each footprint, by "
            + "product.")
    @APIResponse(responseCode = "200", description = "Current versions",
            content = @Content(examples = @ExampleObject(name = "footprints", value = "[" + VIEW + "]")))
    public List<FootprintView> list(@QueryParam("product") String product,
                                    @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return footprints.currentVersions(product, limit).stream().map(this::view).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "Get the current version of a footprint")
    @APIResponse(responseCode = "200", description = "The current version",
            content = @Content(examples = @ExampleObject(name = "footprint", value = VIEW)))
    @APIResponse(responseCode = "404", description = "No such footprint")
    public FootprintView current(@PathParam("id") UUID id) {
        footprints.footprint(id);
        return view(FootprintVersion.current(id).orElseThrow());
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "The version history of a footprint", description = "Oldest first; each deprecated "
            + "version names its successor's predecessor.")
    @APIResponse(responseCode = "200", description = "Every version",
            content = @Content(examples = @ExampleObject(name = "versions", value = "[" + VIEW + "]")))
    @APIResponse(responseCode = "404", description = "No such footprint")
    public List<FootprintView> history(@PathParam("id") UUID id) {
        footprints.footprint(id);
        return FootprintVersion.history(id).stream().map(this::view).toList();
    }

    @POST
    @Path("/{id}/recalculate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Recalculate a footprint", description = "From the current replicas. A changed result is "
            + "stored as the next version (201), pointing to its predecessor, which is deprecated; an unchanged "
            + "result keeps the current version (200).")
    @APIResponse(responseCode = "200", description = "Unchanged",
            content = @Content(examples = @ExampleObject(name = "footprint", value = VIEW)))
    @APIResponse(responseCode = "201", description = "A new version",
            content = @Content(examples = @ExampleObject(name = "footprint", value = VIEW)))
    @APIResponse(responseCode = "404", description = "No such footprint")
    public Response recalculate(@PathParam("id") UUID id) {
        FootprintService.Recalculation outcome = footprints.recalculate(id, "recalculated by "
                + caller.getPrincipal().getName());
        return Response.status(outcome.changed() ? Response.Status.CREATED : Response.Status.OK)
                .entity(view(outcome.current())).build();
    }

    private FootprintView view(FootprintVersion version) {
        return FootprintView.of(footprints.footprint(version.footprintId), version);
    }
}
