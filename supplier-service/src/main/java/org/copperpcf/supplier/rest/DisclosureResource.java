package org.copperpcf.supplier.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.copperpcf.kit.idempotency.IdempotentRequests;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.security.Roles;
import org.copperpcf.kit.security.SupplierScope;
import org.copperpcf.supplier.Disclosure;
import org.copperpcf.supplier.Facility;
import org.copperpcf.supplier.imports.ActivityTable;
import org.copperpcf.supplier.mapping.DisclosureMapper;
import org.copperpcf.supplier.service.ActivityImportService;
import org.copperpcf.supplier.service.DisclosureService;
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
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/suppliers/{supplierId}/disclosures")
@Tag(name = "Disclosures", description = "Activity data pushed by a supplier for its own facilities, and its review")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
/** Writes map their result inside the service's transaction ({@code @Transactional} here), so views see it whole. */
public class DisclosureResource {
    private static final String HISTORY_NOTE = "Every version of the series stays readable.";

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DisclosureService disclosures;
    private final ActivityImportService imports;
    private final DisclosureMapper mapper;
    private final IdempotentRequests idempotency;
    private final SupplierScope scope;
    private final SecurityIdentity caller;

    public DisclosureResource(DisclosureService disclosures, ActivityImportService imports, DisclosureMapper mapper,
                              IdempotentRequests idempotency, SupplierScope scope, SecurityIdentity caller) {
        this.disclosures = disclosures;
        this.imports = imports;
        this.mapper = mapper;
        this.idempotency = idempotency;
        this.scope = scope;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN})
    @Operation(summary = "Create a disclosure", description = "A draft, or with submit=true a submitted disclosure "
            + "in one step. Every invalid field is named; values outside plausible ranges are stored with flags for "
            + "the reviewer. A green certificate counts once: a second claim is refused naming the first. Send an "
            + "Idempotency-Key so that a retried push never duplicates.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "activity data",
            value = Examples.DISCLOSURE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(examples = @ExampleObject(name = "disclosure", value = Examples.DISCLOSURE)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "403", description = "Another supplier")
    @APIResponse(responseCode = "409", description = "A green certificate is already claimed")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    public Response create(@PathParam("supplierId") UUID supplierId,
                           @Parameter(description = "Submit at once instead of keeping a draft")
                           @QueryParam("submit") @DefaultValue("false") boolean submit,
                           @HeaderParam(IdempotentRequests.HEADER) String key,
                           @NotNull DisclosureRequest request) {
        scope.requireAccessTo(supplierId);
        return idempotency.run(principal(), key, idempotency.fingerprint("POST /api/v1/suppliers/" + supplierId
                + "/disclosures?submit=" + submit, request), () -> {
                    Disclosure created = disclosures.create(supplierId, request, principal());
                    if (submit) {
                        created = disclosures.submit(supplierId, created.id);
                    }
                    return created(supplierId, created);
                });
    }

    @GET
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "List a supplier's disclosures", description = "Oldest first, with review comments; paged "
            + "by the Link rel=next header.")
    @APIResponse(responseCode = "200", description = "One page of disclosures",
            content = @Content(examples = @ExampleObject(name = "disclosures", value = "[" + Examples.DISCLOSURE
                    + "]")))
    @APIResponse(responseCode = "400", description = "Unknown status or bad cursor")
    @APIResponse(responseCode = "403", description = "Another supplier")
    public Response list(@PathParam("supplierId") UUID supplierId, @QueryParam("status") String status,
                         @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        scope.requireAccessTo(supplierId);
        var wanted = DisclosurePages.status(status);
        return DisclosurePages.page((time, id, n) -> Disclosure.pageOfSupplier(supplierId, wanted, time, id, n),
                cursor, limit, uri, mapper::toView);
    }

    @GET
    @Path("/template")
    @Produces({"text/csv", XLSX})
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN})
    @Operation(summary = "Download the bulk activity-data template", description = "CSV or XLSX (format=xlsx), "
            + "with example rows for the supplier's first facility. One activity line per row; rows with the same "
            + "facility, process, period, product and production form one disclosure; a green certificate is a row "
            + "of category green_certificate (item = certificate id, amount in MWh).")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv",
                    value = Examples.ACTIVITY_CSV)))
    @APIResponse(responseCode = "403", description = "Another supplier")
    public Response template(@PathParam("supplierId") UUID supplierId,
                             @QueryParam("format") @DefaultValue("csv") String format) {
        scope.requireAccessTo(supplierId);
        UUID facility = Facility.ofSupplier(supplierId).stream().findFirst().map(f -> f.id).orElse(null);
        if ("xlsx".equals(format)) {
            StreamingOutput body = out -> ActivityTable.xlsxTemplate(facility, out);
            return Response.ok(body, XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"activity-template.xlsx\"").build();
        }
        if (!"csv".equals(format)) {
            throw ProblemException.invalid("format", "csv or xlsx");
        }
        return Response.ok(ActivityTable.csvTemplate(facility), "text/csv")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"activity-template.csv\"").build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN})
    @Operation(summary = "Import activity data from a CSV or XLSX file", description = "All or nothing: every "
            + "problem is reported as rows[N].column (N = spreadsheet row, header = 1) and nothing is stored unless "
            + "the whole file is valid. With submit=true the disclosures are submitted at once. Accepts an "
            + "Idempotency-Key.")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv",
            value = Examples.ACTIVITY_CSV)))
    @APIResponse(responseCode = "201", description = "Imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "report",
                    value = Examples.IMPORT_REPORT)))
    @APIResponse(responseCode = "400", description = "Problems by row and column; nothing stored")
    @APIResponse(responseCode = "403", description = "Another supplier")
    @APIResponse(responseCode = "409", description = "A green certificate is already claimed; nothing stored")
    @APIResponse(responseCode = "415", description = "Not a CSV or XLSX file")
    public Response importFile(@PathParam("supplierId") UUID supplierId,
                               @QueryParam("submit") @DefaultValue("false") boolean submit,
                               @HeaderParam(IdempotentRequests.HEADER) String key, byte[] content) {
        scope.requireAccessTo(supplierId);
        byte[] file = content == null ? new byte[0] : content;
        return idempotency.run(principal(), key, idempotency.fingerprint("POST /api/v1/suppliers/" + supplierId
                + "/disclosures/import?submit=" + submit, file), () -> {
                    ActivityImportService.Imported imported = imports.importFile(supplierId, file, submit,
                            principal());
                    List<UUID> ids = imported.disclosures().stream().map(d -> d.id).toList();
                    int lines = imported.disclosures().stream().mapToInt(d -> d.lines.size()).sum();
                    return Response.status(Response.Status.CREATED)
                            .entity(new ImportReport(imported.rows(), lines, ids)).build();
                });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "Get a disclosure", description = "With its status, review comment and flags; the ETag is "
            + "the version to send as If-Match when editing a draft.")
    @APIResponse(responseCode = "200", description = "The disclosure",
            content = @Content(examples = @ExampleObject(name = "disclosure", value = Examples.DISCLOSURE)))
    @APIResponse(responseCode = "403", description = "Another supplier")
    @APIResponse(responseCode = "404", description = "No such disclosure of this supplier")
    public Response get(@PathParam("supplierId") UUID supplierId, @PathParam("id") UUID id) {
        Disclosure disclosure = existing(supplierId, id);
        return Response.ok(mapper.toView(disclosure)).tag(String.valueOf(disclosure.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN})
    @Operation(summary = "Replace a draft's content", description = "Needs If-Match with the ETag of the last read. "
            + "Submitted disclosures are frozen: correct them instead.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "activity data",
            value = Examples.DISCLOSURE_REQUEST)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(examples = @ExampleObject(name = "disclosure", value = Examples.DISCLOSURE)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "403", description = "Another supplier")
    @APIResponse(responseCode = "404", description = "No such disclosure of this supplier")
    @APIResponse(responseCode = "409", description = "Not a draft, or a certificate already claimed")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @Transactional
    public Response update(@PathParam("supplierId") UUID supplierId, @PathParam("id") UUID id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull DisclosureRequest request) {
        existing(supplierId, id);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "PRECONDITION_REQUIRED", "Precondition required",
                    "send If-Match with the ETag of the disclosure you read");
        }
        long expected;
        try {
            expected = Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw new ProblemException(412, "STALE_VERSION", "Precondition failed", "If-Match '" + ifMatch
                    + "' is not an ETag of this disclosure");
        }
        Disclosure updated = disclosures.update(supplierId, id, expected, request);
        return Response.ok(mapper.toView(updated)).tag(String.valueOf(updated.version)).build();
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN})
    @Operation(summary = "Submit a draft for review", description = "From now on the version is immutable.")
    @APIResponse(responseCode = "200", description = "Submitted",
            content = @Content(examples = @ExampleObject(name = "disclosure", value = Examples.DISCLOSURE)))
    @APIResponse(responseCode = "403", description = "Another supplier")
    @APIResponse(responseCode = "404", description = "No such disclosure of this supplier")
    @APIResponse(responseCode = "409", description = "Not a draft")
    @Transactional
    public DisclosureView submit(@PathParam("supplierId") UUID supplierId, @PathParam("id") UUID id) {
        existing(supplierId, id);
        return mapper.toView(disclosures.submit(supplierId, id));
    }

    @POST
    @Path("/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN})
    @Operation(summary = "Correct a submitted, accepted or rejected disclosure", description = "Creates the next "
            + "version of the series as a draft; once accepted it supersedes this one. Accepts an Idempotency-Key.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "activity data",
            value = Examples.DISCLOSURE_REQUEST)))
    @APIResponse(responseCode = "201", description = "The correction, as a draft",
            content = @Content(examples = @ExampleObject(name = "disclosure", value = Examples.DISCLOSURE)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "403", description = "Another supplier")
    @APIResponse(responseCode = "404", description = "No such disclosure of this supplier")
    @APIResponse(responseCode = "409", description = "Not the latest version, or a draft")
    public Response correct(@PathParam("supplierId") UUID supplierId, @PathParam("id") UUID id,
                            @HeaderParam(IdempotentRequests.HEADER) String key, @NotNull DisclosureRequest request) {
        existing(supplierId, id);
        return idempotency.run(principal(), key, idempotency.fingerprint("POST /api/v1/suppliers/" + supplierId
                + "/disclosures/" + id + "/corrections", request),
                () -> created(supplierId, disclosures.correct(supplierId, id, request, principal())));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN})
    @Operation(summary = "Withdraw a submitted or accepted disclosure", description = "An accepted one is announced "
            + "as withdrawn, and its green certificates are freed once no version of the series is active.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(examples = @ExampleObject(name = "disclosure", value = Examples.DISCLOSURE)))
    @APIResponse(responseCode = "403", description = "Another supplier")
    @APIResponse(responseCode = "404", description = "No such disclosure of this supplier")
    @APIResponse(responseCode = "409", description = "Not submitted or accepted")
    @Transactional
    public DisclosureView withdraw(@PathParam("supplierId") UUID supplierId, @PathParam("id") UUID id) {
        existing(supplierId, id);
        return mapper.toView(disclosures.withdraw(supplierId, id));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "Every version of a disclosure's series", description = HISTORY_NOTE)
    @APIResponse(responseCode = "200", description = "The versions, oldest first",
            content = @Content(examples = @ExampleObject(name = "history", value = "[" + Examples.DISCLOSURE + "]")))
    @APIResponse(responseCode = "403", description = "Another supplier")
    @APIResponse(responseCode = "404", description = "No such disclosure of this supplier")
    public List<DisclosureView> history(@PathParam("supplierId") UUID supplierId, @PathParam("id") UUID id) {
        existing(supplierId, id);
        return disclosures.history(supplierId, id).stream().map(mapper::toView).toList();
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.BUYER})
    @Operation(summary = "Accept a submitted disclosure", description = "By an admin or the buying organisation's "
            + "reviewer. Publishes DisclosureAccepted with the full content; a superseded accepted version is "
            + "announced as superseded.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "review", value = Examples.REVIEW)))
    @APIResponse(responseCode = "200", description = "Accepted",
            content = @Content(examples = @ExampleObject(name = "disclosure", value = Examples.DISCLOSURE)))
    @APIResponse(responseCode = "404", description = "No such disclosure of this supplier")
    @APIResponse(responseCode = "409", description = "Not submitted")
    @Transactional
    public DisclosureView accept(@PathParam("supplierId") UUID supplierId, @PathParam("id") UUID id,
                                 ReviewRequest review) {
        return mapper.toView(disclosures.accept(supplierId, id, review == null ? null : review.comment(),
                principal()));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.BUYER})
    @Operation(summary = "Reject a submitted disclosure with a reason", description = "The supplier sees the reason "
            + "and may submit a correction.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rejection", value = Examples.REJECTION)))
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(examples = @ExampleObject(name = "disclosure", value = Examples.DISCLOSURE)))
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such disclosure of this supplier")
    @APIResponse(responseCode = "409", description = "Not submitted")
    @Transactional
    public DisclosureView reject(@PathParam("supplierId") UUID supplierId, @PathParam("id") UUID id,
                                 ReviewRequest review) {
        return mapper.toView(disclosures.reject(supplierId, id, review == null ? null : review.reason(),
                principal()));
    }

    private Response created(UUID supplierId, Disclosure disclosure) {
        return Response.created(URI.create("/api/v1/suppliers/" + supplierId + "/disclosures/" + disclosure.id))
                .entity(mapper.toView(disclosure)).tag(String.valueOf(disclosure.version)).build();
    }

    private Disclosure existing(UUID supplierId, UUID id) {
        scope.requireAccessTo(supplierId);
        return disclosures.find(supplierId, id).orElseThrow(() -> ProblemException.notFound("disclosure", id));
    }

    private String principal() {
        return caller.getPrincipal().getName();
    }
}
