package org.copperpcf.certification.rest;

import java.net.URI;
import java.util.List;

import org.copperpcf.certification.model.CriteriaSet;
import org.copperpcf.certification.service.CriteriaSetService;
import org.copperpcf.kit.problem.ProblemException;
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
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/criteria-sets")
@Tag(name = "Criteria sets", description = "Green-product criteria as versioned, immutable data, each threshold "
        + "with its source and status tag")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class CriteriaSetResource {
    private final CriteriaSetService service;
    private final SecurityIdentity caller;

    public CriteriaSetResource(CriteriaSetService service, SecurityIdentity caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CERTIFIER, Roles.BUYER, Roles.SUPPLIER})
    @Operation(summary = "List every version of every criteria set", description = "By key, then version.")
    @APIResponse(responseCode = "200", description = "Criteria sets",
            content = @Content(examples = @ExampleObject(name = "criteria sets", value = "[" + Examples.CRITERIA_SET + "]")))
    @APIResponse(responseCode = "401", description = "No valid token")
    public List<CriteriaSetView> list() {
        return service.all().stream().map(CriteriaSetView::of).toList();
    }

    @GET
    @Path("/{key}/versions/{version}")
    @RolesAllowed({Roles.ADMIN, Roles.CERTIFIER, Roles.BUYER, Roles.SUPPLIER})
    @Operation(summary = "Get one version of a criteria set")
    @APIResponse(responseCode = "200", description = "The criteria set version",
            content = @Content(examples = @ExampleObject(name = "criteria set", value = Examples.CRITERIA_SET)))
    @APIResponse(responseCode = "404", description = "No such key or version")
    public CriteriaSetView get(@PathParam("key") String key, @PathParam("version") int version) {
        return service.find(key, version).map(CriteriaSetView::of)
                .orElseThrow(() -> ProblemException.notFound("criteria set", key + " v" + version));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a new criteria set version", description = "Adds the next version of the key "
            + "(version 1 for a new key). Versions are immutable: there is no update or delete. Each criterion "
            + "names a metric (kgCo2ePerKg, recycledContentShare, renewableElectricityShare, "
            + "smeltingEnergyIntensity, primaryDataShare, dataQualityOverall), at-least or at-most, and either a "
            + "threshold with its source and status (V, R, D, P) or an energy benchmark code.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rod v2", value = Examples.NEW_CRITERIA_SET)))
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(examples = @ExampleObject(name = "criteria set", value = Examples.CRITERIA_SET)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named (criteria[1].threshold, …)")
    @APIResponse(responseCode = "403", description = "Only admins publish criteria")
    public Response publish(@NotNull @Valid NewCriteriaSetRequest request) {
        CriteriaSet set = service.publish(request, caller.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/criteria-sets/" + set.key + "/versions/" + set.version))
                .entity(CriteriaSetView.of(set)).build();
    }
}
