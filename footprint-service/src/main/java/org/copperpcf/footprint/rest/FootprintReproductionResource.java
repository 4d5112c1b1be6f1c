package org.copperpcf.footprint.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.footprint.calculation.FootprintCalculator;
import org.copperpcf.footprint.model.Footprint;
import org.copperpcf.footprint.model.FootprintVersion;
import org.copperpcf.footprint.service.FootprintHistoryService;
import org.copperpcf.footprint.service.FootprintQueryService;
import org.copperpcf.footprint.service.FootprintService;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** For certifiers: recompute a stored version, and see which version held, on what inputs, at a past moment. */
@Path("/api/v1/footprints/{id}")
@Tag(name = "Footprints")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class FootprintReproductionResource {
    private static final String AT = "ISO-8601 instant (2026-03-05T10:15:30Z) or date (2026-03-05, meaning its "
            + "start in UTC)";

    private final FootprintService footprints;
    private final FootprintQueryService queries;
    private final FootprintHistoryService history;

    public FootprintReproductionResource(FootprintService footprints, FootprintQueryService queries,
                                         FootprintHistoryService history) {
        this.footprints = footprints;
        this.queries = queries;
        this.history = history;
    }

    @POST
    @Path("/versions/{version}/reproduce")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "Reproduce a footprint version", description = "Recomputes the version from exactly the "
            + "inputs its lineage names (template and process versions, the factor release by id, the supplier "
            + "data by id, even if superseded since) and compares: identical is true when the recomputation gives "
            + "the stored resultHash. Nothing is stored.")
    @APIResponse(responseCode = "200", description = "The stored and the reproduced hashes and totals",
            content = @Content(examples = @ExampleObject(name = "reproduction", value = Examples.REPRODUCTION)))
    @APIResponse(responseCode = "403", description = "Not a buyer, certifier or admin")
    @APIResponse(responseCode = "404", description = "No such footprint or version")
    @APIResponse(responseCode = "409", description = "INPUT_MISSING: an input the lineage names is no longer in "
            + "the replicas")
    public FootprintReproduction reproduce(@PathParam("id") UUID id, @PathParam("version") int version) {
        Footprint footprint = footprints.footprint(id);
        FootprintVersion stored = queries.version(id, version);
        FootprintCalculator.Calculation again = queries.reproduce(footprint, stored).calculation();
        return new FootprintReproduction(stored.footprintId, stored.id, stored.version, stored.resultHash,
                again.resultHash(), stored.resultHash.equals(again.resultHash()), stored.inputsHash,
                again.inputsHash(), stored.total, again.total(), Instant.now(),
                EventJson.fromJson(stored.lineage, FootprintPublished.Lineage.class));
    }

    @GET
    @Path("/as-of")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "The footprint as it stood at a moment", description = "The version that was current at "
            + "'at': calculated at or before it, its successor (if any) after it. Deprecated versions are returned "
            + "as stored; their status field tells what they are now.")
    @APIResponse(responseCode = "200", description = "The version current then",
            content = @Content(examples = @ExampleObject(name = "footprint", value = Examples.VIEW)))
    @APIResponse(responseCode = "400", description = "'at' missing or not an ISO-8601 instant or date")
    @APIResponse(responseCode = "403", description = "Not a buyer, certifier or admin")
    @APIResponse(responseCode = "404", description = "No such footprint, or it had no version yet at that moment")
    public FootprintView asOf(@PathParam("id") UUID id,
                              @QueryParam("at") @Parameter(description = AT, required = true) String at) {
        Instant moment = instant(at);
        Footprint footprint = footprints.footprint(id);
        return FootprintView.of(footprint, versionAt(id, moment));
    }

    @GET
    @Path("/inputs")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "The inputs of the version current at a moment", description = "The version as for "
            + "as-of, with what it was computed from: template and process versions with their content hashes, the "
            + "factor release (name, id, version, publishedAt) with the value, unit and source of each factor used, "
            + "and the supplier data with the status each had at that moment where the replica can tell.")
    @APIResponse(responseCode = "200", description = "The version's inputs",
            content = @Content(examples = @ExampleObject(name = "inputs", value = Examples.INPUTS)))
    @APIResponse(responseCode = "400", description = "'at' missing or not an ISO-8601 instant or date")
    @APIResponse(responseCode = "403", description = "Not a buyer, certifier or admin")
    @APIResponse(responseCode = "404", description = "No such footprint, or it had no version yet at that moment")
    public FootprintInputsView inputs(@PathParam("id") UUID id,
                                      @QueryParam("at") @Parameter(description = AT, required = true) String at) {
        Instant moment = instant(at);
        footprints.footprint(id);
        FootprintVersion version = versionAt(id, moment);
        return FootprintInputsView.of(version, moment, history.inputs(version, moment));
    }

    private FootprintVersion versionAt(UUID id, Instant at) {
        return history.asOf(id, at).orElseThrow(() -> ProblemException.notFound("footprint version",
                id + " at " + at));
    }

    private static Instant instant(String at) {
        if (at == null || at.isBlank()) {
            throw ProblemException.invalid("at", "required: " + AT);
        }
        try {
            return at.contains("T") ? Instant.parse(at)
                    : LocalDate.parse(at).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("at", "not an " + AT + ": '" + at + "'");
        }
    }
}
