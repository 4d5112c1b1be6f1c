package org.copperpcf.footprint.rest;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import org.copperpcf.footprint.pact.PactCatalogue;
import org.copperpcf.footprint.pact.PactConfig;
import org.copperpcf.footprint.pact.PactError;
import org.copperpcf.footprint.pact.PactFilter;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.rest.Cursors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * PACT v3 ListFootprints and GetFootprint on the HTTPS port (shared/pact/v3/openapi.yaml). The bearer token is checked
 * by {@code PactRequestFilter} before these run, hence {@code @PermitAll}: PACT clients have their own tokens, not
 * platform roles. Errors are PACT's {@code {code, message}}.
 */
@Path("/3/footprints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "PACT v3", description = "Product footprints for data recipients (PACT Technical Specifications 3.0)")
public class PactFootprintResource {
    private final PactCatalogue catalogue;
    private final PactConfig config;

    public PactFootprintResource(PactCatalogue catalogue, PactConfig config) {
        this.catalogue = catalogue;
        this.config = config;
    }

    @GET
    @PermitAll
    @Operation(summary = "PACT ListFootprints", description = "Every footprint version (Active and Deprecated), newest "
            + "calculation first. Filters: productId, companyId, geography, classification, validOn, validAfter, "
            + "validBefore, status; a repeated parameter matches any of its values, different parameters must all "
            + "match, case-insensitive; unknown values give an empty list. Never more than limit (default and maximum "
            + "footprint.pact.max-page-size, 1000); a Link rel=next header (absolute, on the request's host) leads to "
            + "the next page.")
    @Parameters({
            @Parameter(name = "productId", in = ParameterIn.QUERY,
                    example = "urn:pact:copperpcf.org:product-id:copper.cathode"),
            @Parameter(name = "companyId", in = ParameterIn.QUERY,
                    example = "urn:pact:copperpcf.org:company-id:91360681MA3DEM0018"),
            @Parameter(name = "geography", in = ParameterIn.QUERY, example = "CN-JX"),
            @Parameter(name = "classification", in = ParameterIn.QUERY,
                    example = "urn:pact:copperpcf.org:hs2022:740311"),
            @Parameter(name = "validOn", in = ParameterIn.QUERY, example = "2026-06-30T00:00:00Z"),
            @Parameter(name = "validAfter", in = ParameterIn.QUERY, example = "2025-12-31T00:00:00Z"),
            @Parameter(name = "validBefore", in = ParameterIn.QUERY, example = "2030-01-01T00:00:00Z"),
            @Parameter(name = "status", in = ParameterIn.QUERY, example = "Active")})
    @APIResponse(responseCode = "200", description = "One page of footprints; Link rel=next when more follow",
            content = @Content(examples = @ExampleObject(name = "footprints",
                    value = "{\"data\": [" + PactExamples.FOOTPRINT + "]}")))
    @APIResponse(responseCode = "400", description = "limit or cursor not usable",
            content = @Content(examples = @ExampleObject(name = "error",
                    value = "{\"code\": \"BadRequest\", \"message\": \"limit must be a whole number from 1\"}")))
    @APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
            content = @Content(examples = @ExampleObject(name = "error", value = PactExamples.EXPIRED)))
    public Response list(@QueryParam("limit") @Parameter(description = "At most this many (1 or more)") String limit,
                         @QueryParam("cursor") @Parameter(description = "From the Link rel=next header") String cursor,
                         @Context UriInfo uri) {
        int size = pageSize(limit, config.maxPageSize());
        if (size < 1) {
            return PactError.response(400, PactError.BAD_REQUEST, "limit must be a whole number from 1");
        }
        PactCatalogue.Position after;
        try {
            after = position(cursor);
        } catch (ProblemException | IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException e) {
            return PactError.response(400, PactError.BAD_REQUEST, "cursor is not from a Link header of this host");
        }
        PactCatalogue.Page page = catalogue.list(PactFilter.of(uri.getQueryParameters()), after, size);
        Response.ResponseBuilder response = Response.ok(Map.of("data", page.footprints()));
        if (page.next() != null) {
            response.link(next(uri, page.next()), "next");
        }
        return response.build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "PACT GetFootprint", description = "One footprint by its PACT id; a Deprecated one is still "
            + "served. An unknown or malformed id is 404 NotFound.")
    @APIResponse(responseCode = "200", description = "The footprint",
            content = @Content(examples = @ExampleObject(name = "footprint",
                    value = "{\"data\": " + PactExamples.FOOTPRINT + "}")))
    @APIResponse(responseCode = "404", description = "No footprint with this id",
            content = @Content(examples = @ExampleObject(name = "error", value = PactExamples.NOT_FOUND)))
    @APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
            content = @Content(examples = @ExampleObject(name = "error", value = PactExamples.EXPIRED)))
    public Response get(@PathParam("id") String id) {
        UUID pfId;
        try {
            pfId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return PactError.notFound("no footprint with id " + id);
        }
        return catalogue.find(pfId).map(pf -> Response.ok(Map.of("data", pf)).build())
                .orElseGet(() -> PactError.notFound("no footprint with id " + id));
    }

    /** The page size {@code limit} asks for, at most {@code max}; below 1 when it is not a whole number from 1. */
    static int pageSize(String limit, int max) {
        try {
            return limit == null || limit.isBlank() ? max : Math.min(Integer.parseInt(limit.strip()), max);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The absolute link to the page after {@code position}: the request's own URL and host with a new cursor. */
    static URI next(UriInfo uri, PactCatalogue.Position position) {
        return uri.getRequestUriBuilder().replaceQueryParam("cursor",
                Cursors.encode(position.calculatedAt() + "|" + position.id())).build();
    }

    /** Where the previous page ended, from the cursor of its next link. */
    static PactCatalogue.Position position(String cursor) {
        String position = Cursors.decode(cursor);
        if (position == null) {
            return null;
        }
        int bar = position.indexOf('|');
        return new PactCatalogue.Position(Instant.parse(position.substring(0, bar)),
                UUID.fromString(position.substring(bar + 1)));
    }
}
