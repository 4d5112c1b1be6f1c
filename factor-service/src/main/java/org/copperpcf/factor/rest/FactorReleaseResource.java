package org.copperpcf.factor.rest;

import java.net.URI;
import java.util.List;

import org.copperpcf.factor.mapping.FactorReleaseMapper;
import org.copperpcf.factor.service.FactorReleaseService;
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

@Path("/api/v1/factor-releases")
@Tag(name = "Factor releases", description = "Immutable, named sets of emission factors with their sources")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FactorReleaseResource {
    static final String RELEASE_EXAMPLE = """
            {"id": "9b2e7c1a-5d1e-4c53-8f0e-2a4b8c6d1e01", "name": "CN-2025.1", "version": 0,
             "publishedAt": "2026-03-05T10:15:29.412Z",
             "factors": [{"key": "electricity.grid.cn", "name": "China national grid average, 2022", "unit": "kWh",
                          "co2ePerUnit": "0.5366",
                          "source": {"publisher": "MEE/NBS", "document": "2024 No. 12", "url": null}}]}""";
    private static final String REQUEST_EXAMPLE = """
            {"name": "CN-2025.1",
             "factors": [{"key": "electricity.grid.cn", "name": "China national grid average, 2022", "unit": "kWh",
                          "co2ePerUnit": "0.5366", "source": {"publisher": "MEE/NBS", "document": "2024 No. 12"}}]}""";

    private final FactorReleaseService service;
    private final FactorReleaseMapper mapper;

    public FactorReleaseResource(FactorReleaseService service, FactorReleaseMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a release",
            description = "Stores the release and all its factors, frozen from then on, and announces it with a "
                    + "FactorReleasePublished event. All or nothing: an invalid factor stores nothing.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "release", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(examples = @ExampleObject(name = "release", value = RELEASE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is invalid; every invalid field is listed")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "A release of that name exists")
    public Response publish(@NotNull @Valid PublishReleaseRequest request) {
        var release = service.publish(request);
        return Response.created(URI.create("/api/v1/factor-releases/" + release.name))
                .entity(mapper.toView(release)).build();
    }

    @GET
    @Path("/{name}")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER, Roles.SUPPLIER})
    @Operation(summary = "Get a release with its factors")
    @APIResponse(responseCode = "200", description = "The release",
            content = @Content(examples = @ExampleObject(name = "release", value = RELEASE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No release of that name")
    public FactorReleaseView get(@PathParam("name") String name) {
        return service.find(name).map(mapper::toView)
                .orElseThrow(() -> ProblemException.notFound("factor release", name));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER, Roles.SUPPLIER})
    @Operation(summary = "List releases, newest first")
    @APIResponse(responseCode = "200", description = "The newest releases",
            content = @Content(examples = @ExampleObject(name = "releases", value = "[" + RELEASE_EXAMPLE + "]")))
    @APIResponse(responseCode = "400", description = "limit out of range")
    public List<FactorReleaseView> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return service.newestFirst(limit).stream().map(mapper::toView).toList();
    }
}
