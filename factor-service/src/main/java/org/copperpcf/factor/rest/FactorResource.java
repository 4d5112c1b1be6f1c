package org.copperpcf.factor.rest;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.copperpcf.factor.service.FactorQueryService;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/factors")
@Tag(name = "Factors", description = "A factor by key, from a pinned release, the latest one, or as of a date")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER, Roles.SUPPLIER})
public class FactorResource {
    private final FactorQueryService queries;
    private final SecurityIdentity caller;

    public FactorResource(FactorQueryService queries, SecurityIdentity caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "Get a factor by key", description = "From the release named by 'release' (default "
            + "'latest'), or from the release that was newest at the end of the day 'asOf'.")
    @APIResponse(responseCode = "200", description = "The factor",
            content = @Content(examples = @ExampleObject(name = "factor", value = Examples.FACTOR)))
    @APIResponse(responseCode = "400", description = "Both release and asOf, or an unknown GWP set")
    @APIResponse(responseCode = "404", description = "No such factor or release")
    public FactorView get(@PathParam("key") String key,
                          @Parameter(description = "Release name or 'latest'") @QueryParam("release") String release,
                          @Parameter(description = "A date (UTC), e.g. 2026-01-31") @QueryParam("asOf") LocalDate asOf,
                          @QueryParam("gwpSet") String gwpSet) {
        if (release != null && asOf != null) {
            throw ProblemException.invalid("asOf", "give either release or asOf, not both");
        }
        FactorQueryService.ReleaseRef ref = asOf != null
                ? queries.releaseAsOf(asOf.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)).orElseThrow(
                        () -> ProblemException.notFound("factor release published by", asOf))
                : queries.release(release == null ? "latest" : release).filter(FactorQueryService.ReleaseRef::published)
                        .orElseThrow(() -> ProblemException.notFound("published factor release", release));
        return queries.get(ref, key, gwpSet, caller.hasRole(Roles.ADMIN))
                .orElseThrow(() -> ProblemException.notFound("factor", key));
    }
}
