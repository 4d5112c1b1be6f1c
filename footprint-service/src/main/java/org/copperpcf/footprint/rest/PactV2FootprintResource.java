package org.copperpcf.footprint.rest;

import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.footprint.pact.PactCatalogue;
import org.copperpcf.footprint.pact.PactConfig;
import org.copperpcf.footprint.pact.PactError;
import org.copperpcf.footprint.pact.PactFilter;
import org.copperpcf.footprint.pact.ProductFootprint;
import org.copperpcf.footprint.pact.ProductFootprintsV2;
import org.copperpcf.kit.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
 * PACT v2.3 ListFootprints and GetFootprint on the HTTPS port (shared/pact/v2/openapi.yaml), for data recipients
 * still on v2: the same catalogue, ids and numbers as {@code /3/footprints}, written as v2.3 documents by
 * {@link ProductFootprintsV2}. The bearer token is checked by {@code PactRequestFilter}, hence {@code @PermitAll}.
 * {@code $filter} (OData) is optional in v2 and not implemented: it is ignored, so a list is never narrowed by it.
 */
@Path("/2/footprints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "PACT v2.3", description = "Product footprints for data recipients still on PACT Technical "
        + "Specifications 2.3 (deprecated by PACT on 2026-04-01); the same footprints as PACT v3")
public class PactV2FootprintResource {
    private final PactCatalogue catalogue;
    private final ProductFootprintsV2 v2;
    private final PactConfig config;

    public PactV2FootprintResource(PactCatalogue catalogue, ProductFootprintsV2 v2, PactConfig config) {
        this.catalogue = catalogue;
        this.v2 = v2;
        this.config = config;
    }

    @GET
    @PermitAll
    @Operation(summary = "PACT v2.3 ListFootprints", description = "Every footprint version (Active and Deprecated) "
            + "as a v2.3 ProductFootprint, newest calculation first, under the same id as in /3/footprints. Never "
            + "more than limit (default and maximum footprint.pact.max-page-size, 1000); a Link rel=next header "
            + "(absolute, on the request's host) leads to the next page. The optional OData $filter is not "
            + "implemented and is ignored. A footprint v2.3 cannot express (GWP set older than AR5) is left out, so "
            + "a page can hold fewer than limit while a next link follows.")
    @APIResponse(responseCode = "200", description = "One page of footprints; Link rel=next when more follow",
            content = @Content(examples = @ExampleObject(name = "footprints",
                    value = "{\"data\": [" + PactV2Examples.FOOTPRINT + "]}")))
    @APIResponse(responseCode = "400", description = "limit or cursor not usable",
            content = @Content(examples = @ExampleObject(name = "error",
                    value = "{\"code\": \"BadRequest\", \"message\": \"limit must be a whole number from 1\"}")))
    @APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
            content = @Content(examples = @ExampleObject(name = "error", value = PactExamples.EXPIRED)))
    @APIResponse(responseCode = "403", description = "Asked over plain HTTP",
            content = @Content(examples = @ExampleObject(name = "error", value = PactV2Examples.PLAIN_HTTP)))
    @APIResponse(responseCode = "500", description = "Unexpected failure, logged under the reference given",
            content = @Content(examples = @ExampleObject(name = "error", value = PactV2Examples.INTERNAL_ERROR)))
    public Response list(@QueryParam("limit") @Parameter(description = "At most this many (1 or more)",
                                 example = "100") String limit,
                         @QueryParam("cursor") @Parameter(description = "From the Link rel=next header") String cursor,
                         @QueryParam("$filter") @Parameter(description = "OData v4 filter; optional in PACT v2 and "
                                 + "not implemented here: ignored", example = "pcf/geographyCountry eq 'CN'")
                         String filter,
                         @Context UriInfo uri) {
        int size = PactFootprintResource.pageSize(limit, config.maxPageSize());
        if (size < 1) {
            return PactError.response(400, PactError.BAD_REQUEST, "limit must be a whole number from 1");
        }
        PactCatalogue.Position after;
        try {
            after = PactFootprintResource.position(cursor);
        } catch (ProblemException | IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException e) {
            return PactError.response(400, PactError.BAD_REQUEST, "cursor is not from a Link header of this host");
        }
        PactCatalogue.Page page = catalogue.list(PactFilter.none(), after, size);
        Response.ResponseBuilder response = Response.ok(Map.of("data", v2.toV2(page.footprints())));
        if (page.next() != null) {
            response.link(PactFootprintResource.next(uri, page.next()), "next");
        }
        return response.build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "PACT v2.3 GetFootprint", description = "One footprint by its PACT id (the same as in "
            + "/3/footprints) as a v2.3 ProductFootprint; a Deprecated one is still served, with version 2. An "
            + "unknown or malformed id, or a footprint v2.3 cannot express, is 404 NoSuchFootprint: the code of PACT "
            + "v2.0–2.2, which PACT's conformance suite expects on /2 (the 2.3.3 OpenAPI file names it NotFound).")
    @APIResponse(responseCode = "200", description = "The footprint",
            content = @Content(examples = @ExampleObject(name = "footprint",
                    value = "{\"data\": " + PactV2Examples.FOOTPRINT + "}")))
    @APIResponse(responseCode = "404", description = "No footprint with this id that v2.3 can express",
            content = @Content(examples = @ExampleObject(name = "error", value = PactV2Examples.NO_SUCH_FOOTPRINT)))
    @APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
            content = @Content(examples = @ExampleObject(name = "error", value = PactExamples.EXPIRED)))
    @APIResponse(responseCode = "403", description = "Asked over plain HTTP",
            content = @Content(examples = @ExampleObject(name = "error", value = PactV2Examples.PLAIN_HTTP)))
    @APIResponse(responseCode = "500", description = "Unexpected failure, logged under the reference given",
            content = @Content(examples = @ExampleObject(name = "error", value = PactV2Examples.INTERNAL_ERROR)))
    public Response get(@PathParam("id") @Parameter(example = "3c2b8a6e-5d4f-4e1a-9b7c-2f0e1d3c4b5a") String id) {
        UUID pfId;
        try {
            pfId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return noSuchFootprint("no footprint with id " + id);
        }
        Optional<ProductFootprint> found = catalogue.find(pfId);
        if (found.isEmpty()) {
            return noSuchFootprint("no footprint with id " + id);
        }
        Optional<String> inexpressible = v2.inexpressible(found.get());
        if (inexpressible.isPresent()) {
            return noSuchFootprint("footprint " + id + " cannot be expressed in PACT v2.3: "
                    + inexpressible.get() + "; it is served at /3/footprints/" + id);
        }
        return Response.ok(Map.of("data", v2.toV2(List.of(found.get())).getFirst())).build();
    }

    /** 404 with v2.0–2.2's {@code NoSuchFootprint}, the code PACT's conformance suite expects on /2 (see PactError). */
    private static Response noSuchFootprint(String message) {
        return PactError.response(404, PactError.NO_SUCH_FOOTPRINT, message);
    }
}
