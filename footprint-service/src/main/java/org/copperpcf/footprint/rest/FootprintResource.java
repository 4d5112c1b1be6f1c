package org.copperpcf.footprint.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.contracts.footprint.FootprintSpecification;
import org.copperpcf.footprint.model.Footprint;
import org.copperpcf.footprint.model.FootprintVersion;
import org.copperpcf.footprint.service.FootprintQueryService;
import org.copperpcf.footprint.service.FootprintService;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;
import org.copperpcf.kit.rest.Cursors;
import org.copperpcf.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/footprints")
@Tag(name = "Footprints", description = "Cradle-to-gate footprints computed from the replicas, with immutable "
        + "versions, breakdowns and lineage")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class FootprintResource {
    private static final String CSV = "text/csv";
    private static final int MAX_PAGE = 500;
    private static final int MAX_EXPORT = 10_000;

    private final FootprintService footprints;
    private final FootprintQueryService queries;
    private final SecurityIdentity caller;

    public FootprintResource(FootprintService footprints, FootprintQueryService queries, SecurityIdentity caller) {
        this.footprints = footprints;
        this.queries = queries;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create and compute a footprint", description = "Industry average of a template with the "
            + "parameters given, computed from footprint-service's replicas of templates, processes and factor "
            + "releases. Unknown templates, parameters, factor releases or GWP sets are named in a 400; a supply "
            + "loop without a solution is a 422.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "footprint", value = Examples.REQUEST)))
    @APIResponse(responseCode = "201", description = "Version 1",
            content = @Content(examples = @ExampleObject(name = "footprint", value = Examples.VIEW)))
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
    @Operation(summary = "Search footprints", description = "Filters combine with AND. By default the current "
            + "version of each footprint; status=deprecated or all returns the matching versions. Newest "
            + "calculation first, paged: follow the Link rel=next header. Bad filters are named in a 400.")
    @APIResponse(responseCode = "200", description = "One page of versions; Link rel=next when more follow",
            content = @Content(examples = @ExampleObject(name = "footprints", value = "[" + Examples.VIEW + "]")))
    @APIResponse(responseCode = "400", description = "Invalid filters, limit or cursor, each named",
            content = @Content(examples = @ExampleObject(name = "problem", value = Examples.BAD_FILTER)))
    @APIResponse(responseCode = "403", description = "Not a buyer, certifier or admin")
    public Response list(@BeanParam FootprintFilters filters,
                         @QueryParam("limit") @DefaultValue("50")
                         @Parameter(description = "1 to 500, default 50") int limit,
                         @Context UriInfo uri) {
        FootprintFilters.limit("limit", limit, MAX_PAGE);
        FootprintQueryService.Page page = queries.search(filters.criteria(), filters.position(), limit);
        List<FootprintView> views = page.rows().stream().map(row -> FootprintView.of(row.footprint(), row.version()))
                .toList();
        return Cursors.withNext(Response.ok(views), uri, FootprintFilters.next(page)).build();
    }

    @GET
    @Path("/export.csv")
    @Produces(CSV)
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "Export footprints as CSV", description = "The same filters as the search; RFC 4180 "
            + "(header row, CRLF, quoting), UTF-8, decimals as plain strings, one stage_share_pct.<stage> column per "
            + "stage found (percent of the total). Up to limit rows (default and maximum 10000); Link rel=next "
            + "when more follow.")
    @APIResponse(responseCode = "200", description = "The CSV",
            content = @Content(mediaType = CSV, examples = @ExampleObject(name = "csv", value = Examples.CSV_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid filters, limit or cursor, each named",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "problem", value = Examples.BAD_FILTER)))
    @APIResponse(responseCode = "403", description = "Not a buyer, certifier or admin")
    public Response export(@BeanParam FootprintFilters filters,
                           @QueryParam("limit") @DefaultValue("10000")
                           @Parameter(description = "1 to 10000, default 10000") int limit,
                           @Context UriInfo uri) {
        FootprintFilters.limit("limit", limit, MAX_EXPORT);
        FootprintQueryService.Page page = queries.search(filters.criteria(), filters.position(), limit);
        return Cursors.withNext(Response.ok(FootprintCsv.write(page.rows()), CSV + "; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"footprints.csv\""), uri,
                FootprintFilters.next(page)).build();
    }

    @GET
    @Path("/compare")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "Compare two footprint versions", description = "Both totals, b − a and b / a, the "
            + "differences per stage, gas, process, input (union of keys) and metric, and findings: plain-language "
            + "warnings when the two differ in product, declared unit, GWP set, factor release, electricity method, "
            + "boundary or standards (ISO 14067 comparability). Without aVersion or bVersion, the current version.")
    @APIResponse(responseCode = "200", description = "The comparison",
            content = @Content(examples = @ExampleObject(name = "comparison", value = Examples.COMPARISON)))
    @APIResponse(responseCode = "400", description = "a or b missing or not a footprint id, or a version below 1")
    @APIResponse(responseCode = "403", description = "Not a buyer, certifier or admin")
    @APIResponse(responseCode = "404", description = "No such footprint or version")
    public FootprintComparison compare(@QueryParam("a") @Parameter(description = "Footprint id") String a,
                                       @QueryParam("aVersion") Integer aVersion,
                                       @QueryParam("b") @Parameter(description = "Footprint id") String b,
                                       @QueryParam("bVersion") Integer bVersion) {
        List<Violation> violations = new ArrayList<>();
        UUID left = footprintId("a", a, violations);
        UUID right = footprintId("b", b, violations);
        positive("aVersion", aVersion, violations);
        positive("bVersion", bVersion, violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return FootprintComparison.of(view(versionOf(left, aVersion)), view(versionOf(right, bVersion)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "Get the current version of a footprint")
    @APIResponse(responseCode = "200", description = "The current version",
            content = @Content(examples = @ExampleObject(name = "footprint", value = Examples.VIEW)))
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
            content = @Content(examples = @ExampleObject(name = "versions", value = "[" + Examples.VIEW + "]")))
    @APIResponse(responseCode = "404", description = "No such footprint")
    public List<FootprintView> history(@PathParam("id") UUID id) {
        footprints.footprint(id);
        return FootprintVersion.history(id).stream().map(this::view).toList();
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "Get one version of a footprint", description = "Current or deprecated; versions never "
            + "change.")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(examples = @ExampleObject(name = "footprint", value = Examples.VIEW)))
    @APIResponse(responseCode = "403", description = "Not a buyer, certifier or admin")
    @APIResponse(responseCode = "404", description = "No such footprint or version")
    public FootprintView version(@PathParam("id") UUID id, @PathParam("version") int version) {
        footprints.footprint(id);
        return view(queries.version(id, version));
    }

    @GET
    @Path("/{id}/explain")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "Explain a footprint: its contribution tree", description = "Recomputes the version (the "
            + "current one unless version is given) from exactly the inputs its lineage names and returns the "
            + "engine's upstream tree: per node the process, product, stage, amount of its reference product, direct "
            + "and total (with upstream) kg CO2e and share of the footprint. Suppliers below minShare (and below "
            + "the engine's own 1 % cut) are summed into an 'other' child, so each total is its direct part plus "
            + "its children. reproduced tells whether the recomputation gave the stored resultHash.")
    @APIResponse(responseCode = "200", description = "The tree",
            content = @Content(examples = @ExampleObject(name = "explanation", value = Examples.EXPLANATION)))
    @APIResponse(responseCode = "400", description = "version below 1 or minShare outside 0–1")
    @APIResponse(responseCode = "403", description = "Not a buyer, certifier or admin")
    @APIResponse(responseCode = "404", description = "No such footprint or version")
    @APIResponse(responseCode = "409", description = "An input the lineage names is no longer in the replicas")
    public FootprintExplanation explain(@PathParam("id") UUID id, @QueryParam("version") Integer version,
                                        @QueryParam("minShare") @DefaultValue("0.01")
                                        @Parameter(description = "0 to 1, default 0.01") double minShare) {
        List<Violation> violations = new ArrayList<>();
        positive("version", version, violations);
        if (!(minShare >= 0 && minShare <= 1)) {
            violations.add(new Violation("minShare", "must be between 0 and 1"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Footprint footprint = footprints.footprint(id);
        FootprintVersion stored = versionOf(id, version);
        FootprintPublished.Lineage lineage = EventJson.fromJson(stored.lineage, FootprintPublished.Lineage.class);
        Map<String, FootprintExplanation.ProcessInfo> processes = new HashMap<>();
        return FootprintExplanation.of(stored, queries.reproduce(footprint, stored), minShare,
                node -> processes.computeIfAbsent(node, n -> queries.process(lineage, n)
                        .map(model -> new FootprintExplanation.ProcessInfo(model.referenceProduct().product(),
                                model.referenceProduct().unit(), model.stage())).orElse(null)));
    }

    @POST
    @Path("/{id}/recalculate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Recalculate a footprint", description = "From the current replicas. A changed result is "
            + "stored as the next version (201), pointing to its predecessor, which is deprecated; an unchanged "
            + "result keeps the current version (200).")
    @APIResponse(responseCode = "200", description = "Unchanged",
            content = @Content(examples = @ExampleObject(name = "footprint", value = Examples.VIEW)))
    @APIResponse(responseCode = "201", description = "A new version",
            content = @Content(examples = @ExampleObject(name = "footprint", value = Examples.VIEW)))
    @APIResponse(responseCode = "404", description = "No such footprint")
    public Response recalculate(@PathParam("id") UUID id) {
        FootprintService.Recalculation outcome = footprints.recalculate(id, "recalculated by "
                + caller.getPrincipal().getName());
        return Response.status(outcome.changed() ? Response.Status.CREATED : Response.Status.OK)
                .entity(view(outcome.current())).build();
    }

    private FootprintVersion versionOf(UUID id, Integer version) {
        footprints.footprint(id);
        return version == null ? FootprintVersion.current(id).orElseThrow() : queries.version(id, version);
    }

    private static UUID footprintId(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "a footprint id is required"));
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, "not a footprint id (UUID): '" + value + "'"));
            return null;
        }
    }

    private static void positive(String field, Integer version, List<Violation> violations) {
        if (version != null && version < 1) {
            violations.add(new Violation(field, "must be 1 or more"));
        }
    }

    private FootprintView view(FootprintVersion version) {
        return FootprintView.of(footprints.footprint(version.footprintId), version);
    }
}
