package org.copperpcf.factor.rest;

import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;

import org.copperpcf.factor.FactorRelease;
import org.copperpcf.factor.Factor;
import org.copperpcf.factor.imports.FactorTable;
import org.copperpcf.factor.mapping.FactorMapper;
import org.copperpcf.factor.model.Coded;
import org.copperpcf.factor.model.FactorCategory;
import org.copperpcf.factor.model.ReleaseStatus;
import org.copperpcf.factor.service.FactorQueryService;
import org.copperpcf.factor.service.FactorReleaseService;
import org.copperpcf.kit.imports.SpreadsheetTable;
import org.copperpcf.kit.problem.ProblemException;
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

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/factor-releases")
@Tag(name = "Factor releases", description = "Drafts edited by admins, frozen as named releases clients pin")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class FactorReleaseResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String READERS_NOTE = "Factors whose licence forbids redistribution are shown to admins only.";

    private final FactorReleaseService releases;
    private final FactorQueryService queries;
    private final FactorMapper mapper;
    private final SecurityIdentity caller;

    public FactorReleaseResource(FactorReleaseService releases, FactorQueryService queries, FactorMapper mapper,
                                 SecurityIdentity caller) {
        this.releases = releases;
        this.queries = queries;
        this.mapper = mapper;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a draft release", description = "Empty, or with the factors of a published release "
            + "(basedOn) to edit from.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "draft", value = Examples.NEW_RELEASE)))
    @APIResponse(responseCode = "201", description = "Draft created",
            content = @Content(examples = @ExampleObject(name = "release", value = Examples.RELEASE)))
    @APIResponse(responseCode = "400", description = "Invalid name or unknown basedOn")
    @APIResponse(responseCode = "409", description = "A release of that name exists")
    public Response create(@NotNull @Valid NewReleaseRequest request) {
        FactorRelease draft = releases.createDraft(request);
        return Response.created(URI.create("/api/v1/factor-releases/" + draft.name))
                .entity(mapper.toView(draft, Factor.countOf(draft))).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER, Roles.SUPPLIER})
    @Operation(summary = "List releases by name", description = "Drafts are listed to admins only. Paged: follow the "
            + "Link rel=next header.")
    @APIResponse(responseCode = "200", description = "One page of releases",
            content = @Content(examples = @ExampleObject(name = "releases", value = "[" + Examples.RELEASE + "]")))
    public Response list(@QueryParam("status") String status,
                         @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        ReleaseStatus wanted = status == null ? null : Coded.parse(ReleaseStatus.class, status).orElseThrow(
                () -> ProblemException.invalid("status", "allowed: " + Coded.allowed(ReleaseStatus.class)));
        if (!isAdmin()) {
            if (wanted == ReleaseStatus.DRAFT) {
                return Response.ok(List.of()).build();
            }
            wanted = ReleaseStatus.PUBLISHED;
        }
        String after = Cursors.decode(cursor);
        List<FactorRelease> page = FactorRelease.page(after == null ? "" : after, wanted, limit + 1);
        List<ReleaseView> views = page.subList(0, Math.min(limit, page.size())).stream()
                .map(release -> mapper.toView(release, Factor.countOf(release))).toList();
        String next = page.size() > limit ? views.get(views.size() - 1).name() : null;
        return Cursors.withNext(Response.ok(views), uri, next).build();
    }

    @GET
    @Path("/{name}")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER, Roles.SUPPLIER})
    @Operation(summary = "Get a release", description = "'latest' names the newest published release.")
    @APIResponse(responseCode = "200", description = "The release",
            content = @Content(examples = @ExampleObject(name = "release", value = Examples.RELEASE)))
    @APIResponse(responseCode = "404", description = "No such release")
    public ReleaseView get(@PathParam("name") String name) {
        FactorRelease release = visibleRelease(name);
        return mapper.toView(release, Factor.countOf(release));
    }

    @POST
    @Path("/{name}/publish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a draft", description = "Freezes the release for good and announces its full "
            + "content with a FactorReleasePublished event.")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(examples = @ExampleObject(name = "release", value = Examples.RELEASE)))
    @APIResponse(responseCode = "404", description = "No such release")
    @APIResponse(responseCode = "409", description = "Already published, or no factors")
    public ReleaseView publish(@PathParam("name") String name) {
        FactorRelease release = releases.publish(name);
        return mapper.toView(release, Factor.countOf(release));
    }

    @GET
    @Path("/{name}/diff")
    @RolesAllowed({Roles.ADMIN, Roles.CERTIFIER})
    @Operation(summary = "Compare two releases", description = "Factors added, removed and changed (with the fields "
            + "that changed, old and new values) from 'against' to this release.")
    @APIResponse(responseCode = "200", description = "The differences",
            content = @Content(examples = @ExampleObject(name = "diff", value = Examples.DIFF)))
    @APIResponse(responseCode = "404", description = "A release does not exist (drafts exist for admins only)")
    public ReleaseDiff diff(@PathParam("name") String name,
                            @Parameter(description = "The older release", required = true)
                            @QueryParam("against") @NotNull String against,
                            @QueryParam("gwpSet") String gwpSet) {
        return releases.diff(visibleRef(against).name(), visibleRef(name).name(), queries.gwpSet(gwpSet));
    }

    @PUT
    @Path("/{name}/factors/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add or replace a factor in a draft")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "factor", value = Examples.FACTOR_INPUT)))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(examples = @ExampleObject(name = "factor", value = Examples.FACTOR)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(examples = @ExampleObject(name = "factor", value = Examples.FACTOR)))
    @APIResponse(responseCode = "400", description = "Invalid factor; every invalid field is named")
    @APIResponse(responseCode = "409", description = "The release is published")
    public Response putFactor(@PathParam("name") String name, @PathParam("key") String key,
                              @NotNull @Valid FactorInput input) {
        boolean created = releases.upsertFactor(name, key, input);
        FactorView view = queries.get(queries.release(name).orElseThrow(), key, null, true).orElseThrow();
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(view).build();
    }

    @DELETE
    @Path("/{name}/factors/{key}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a factor from a draft")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such release or factor")
    @APIResponse(responseCode = "409", description = "The release is published")
    public void deleteFactor(@PathParam("name") String name, @PathParam("key") String key) {
        releases.deleteFactor(name, key);
    }

    @GET
    @Path("/{name}/factors")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER, Roles.SUPPLIER})
    @Operation(summary = "Search the factors of a release", description = "Filters combine with AND; q searches key "
            + "and names. Paged by key: follow the Link rel=next header. " + READERS_NOTE)
    @APIResponse(responseCode = "200", description = "One page of factors",
            content = @Content(examples = @ExampleObject(name = "factors", value = "[" + Examples.FACTOR + "]")))
    @APIResponse(responseCode = "400", description = "An invalid filter")
    @APIResponse(responseCode = "404", description = "No such release")
    public Response search(@PathParam("name") String name, @QueryParam("keyPrefix") String keyPrefix,
                           @QueryParam("category") String category, @QueryParam("geography") String geography,
                           @QueryParam("year") @Min(1990) @Max(2100) Integer year, @QueryParam("q") String text,
                           @QueryParam("gwpSet") String gwpSet,
                           @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
                           @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        FactorCategory wanted = category == null ? null : Coded.parse(FactorCategory.class, category).orElseThrow(
                () -> ProblemException.invalid("category", "allowed: " + Coded.allowed(FactorCategory.class)));
        FactorQueryService.Page page = queries.search(visibleRef(name),
                new FactorQueryService.Criteria(keyPrefix, wanted, geography, year, text), Cursors.decode(cursor),
                limit, gwpSet, isAdmin());
        return Cursors.withNext(Response.ok(page.items()), uri, page.nextCursor()).build();
    }

    @GET
    @Path("/{name}/factors/{key}")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER, Roles.SUPPLIER})
    @Operation(summary = "Get a factor of a release", description = "With its CO2e under the chosen GWP set (AR6 by "
            + "default). " + READERS_NOTE + " Published releases never change, so their factors are served from "
            + "memory once read.")
    @APIResponse(responseCode = "200", description = "The factor",
            content = @Content(examples = @ExampleObject(name = "factor", value = Examples.FACTOR)))
    @APIResponse(responseCode = "404", description = "No such release or factor")
    public Uni<FactorView> getFactor(@PathParam("name") String name, @PathParam("key") String key,
                                     @QueryParam("gwpSet") String gwpSet) {
        boolean admin = isAdmin();
        return queries.cachedView(name, key, gwpSet, admin).map(view -> Uni.createFrom().item(view))
                .orElseGet(() -> Uni.createFrom().item(() -> QuarkusTransaction.requiringNew().call(
                                () -> queries.get(visibleRef(name), key, gwpSet, admin)
                                        .orElseThrow(() -> ProblemException.notFound("factor", key))))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }

    @POST
    @Path("/{name}/imports")
    @Consumes({"text/csv", XLSX})
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import factors into a draft from CSV or XLSX", description = "All or nothing: a file with "
            + "any problem changes nothing, and the answer lists every problem as row[N].column (the header is "
            + "row 1). Rows whose key exists in the draft replace that factor. CSV is read as UTF-8. Columns: see "
            + "the CSV export.")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = Examples.CSV)))
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(examples = @ExampleObject(name = "report", value = Examples.IMPORT_REPORT)))
    @APIResponse(responseCode = "400", description = "Problems with the file, each with row and column")
    @APIResponse(responseCode = "409", description = "The release is published")
    public ImportReport importFile(@PathParam("name") String name,
                                   @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        SpreadsheetTable.Format format = contentType != null && contentType.startsWith(XLSX)
                ? SpreadsheetTable.Format.XLSX : SpreadsheetTable.Format.CSV;
        return releases.importTable(name, format, body);
    }

    @GET
    @Path("/{name}/export")
    @Produces("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER, Roles.SUPPLIER})
    @Operation(summary = "Export a release as CSV", description = "The import format, one factor per row. "
            + READERS_NOTE)
    @APIResponse(responseCode = "200", description = "The release as CSV",
            content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = Examples.CSV)))
    @APIResponse(responseCode = "404", description = "No such release")
    public Response export(@PathParam("name") String name) {
        FactorQueryService.ReleaseRef release = visibleRef(name);
        StringWriter csv = new StringWriter();
        FactorTable.write(csv, queries.export(release, isAdmin()));
        return Response.ok(csv.toString()).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"factors-" + release.name() + ".csv\"").build();
    }

    private boolean isAdmin() {
        return caller.hasRole(Roles.ADMIN);
    }

    /** Drafts exist for admins only; everyone else sees published releases. */
    private FactorQueryService.ReleaseRef visibleRef(String name) {
        return queries.release(name).filter(ref -> ref.published() || isAdmin())
                .orElseThrow(() -> ProblemException.notFound("factor release", name));
    }

    private FactorRelease visibleRelease(String name) {
        FactorQueryService.ReleaseRef ref = visibleRef(name);
        return FactorRelease.findById(ref.id());
    }
}
