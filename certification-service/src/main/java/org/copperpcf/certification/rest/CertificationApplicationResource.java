package org.copperpcf.certification.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.copperpcf.certification.model.ApplicationFinding;
import org.copperpcf.certification.model.CertificationApplication;
import org.copperpcf.certification.model.Evaluation;
import org.copperpcf.certification.model.EvidenceSample;
import org.copperpcf.certification.rest.CertificationViews.ApplicationView;
import org.copperpcf.certification.rest.CertificationViews.FindingView;
import org.copperpcf.certification.rest.CertificationViews.SampleView;
import org.copperpcf.certification.service.ApplicationService;
import org.copperpcf.certification.service.SamplingService;
import org.copperpcf.kit.idempotency.IdempotentRequests;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.rest.Cursors;
import org.copperpcf.kit.security.Roles;
import org.copperpcf.kit.security.SupplierScope;
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
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/certification-applications")
@Tag(name = "Certification workflow", description = "Application, review (evaluation, evidence sampling, findings) "
        + "and decision, following the CNCA-CFP-00 steps; a grant issues a certificate")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class CertificationApplicationResource {
    private static final String BASE = "/api/v1/certification-applications/";

    private final ApplicationService applications;
    private final SamplingService sampling;
    private final IdempotentRequests idempotency;
    private final SupplierScope scope;
    private final SecurityIdentity caller;

    public CertificationApplicationResource(ApplicationService applications, SamplingService sampling,
                                            IdempotentRequests idempotency, SupplierScope scope,
                                            SecurityIdentity caller) {
        this.applications = applications;
        this.sampling = sampling;
        this.idempotency = idempotency;
        this.scope = scope;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN})
    @Operation(summary = "Apply for certification of a footprint version", description = "The footprint version "
            + "must be replicated here and name a producer (specification.producer); a supplier may apply only for "
            + "its own footprints, an admin for anyone's. The criteria set must be for the footprint's product. "
            + "Send an Idempotency-Key to make a retry safe.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rod", value = Examples.APPLICATION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Submitted",
            content = @Content(examples = @ExampleObject(name = "application", value = Examples.APPLICATION)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "403", description = "Another supplier's footprint, or a buyer or certifier")
    @APIResponse(responseCode = "404", description = "Footprint version not (yet) replicated, or unknown criteria set")
    @APIResponse(responseCode = "409", description = "An application for this version and criteria set is open")
    @APIResponse(responseCode = "422", description = "Criteria set for another product, footprint without producer, "
            + "or Idempotency-Key reused for a different request")
    public Response apply(@NotNull @Valid CertificationRequests.Application request,
                          @HeaderParam(IdempotentRequests.HEADER) String key) {
        return idempotency.run(principal(), key, idempotency.fingerprint("POST " + BASE, request), () -> {
            CertificationApplication a = applications.apply(request, principal());
            return Response.created(URI.create(BASE + a.id)).entity(applications.view(a)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.CERTIFIER, Roles.ADMIN, Roles.SUPPLIER})
    @Operation(summary = "List certification applications", description = "Newest first. Certifiers and admins see "
            + "all, a supplier only its own. Paged: follow the Link rel=next header.")
    @APIResponse(responseCode = "200", description = "One page of applications",
            content = @Content(examples = @ExampleObject(name = "applications", value = "[" + Examples.APPLICATION
                    + "]")))
    @APIResponse(responseCode = "400", description = "An invalid filter or cursor")
    @APIResponse(responseCode = "403", description = "A buyer")
    public Response list(@QueryParam("status") @Pattern(regexp = "submitted|under-review|decided|withdrawn")
                         String status,
                         @QueryParam("supplierId") UUID supplierId,
                         @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        UUID holder = Listing.holder(caller, scope, supplierId);
        Listing.Position before = Listing.Position.of(cursor);
        UUID beforeId;
        try {
            beforeId = before == null ? null : UUID.fromString(before.id());
        } catch (IllegalArgumentException e) {
            throw Cursors.invalid();
        }
        List<CertificationApplication> page = applications.page(holder, status, before == null ? null : before.at(), beforeId,
                limit + 1);
        List<CertificationApplication> shown = page.subList(0, Math.min(limit, page.size()));
        String next = page.size() > limit ? Listing.Position.next(shown.getLast().submittedAt, shown.getLast().id)
                : null;
        return Cursors.withNext(Response.ok(shown.stream().map(applications::view).toList()), uri, next).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CERTIFIER, Roles.ADMIN, Roles.SUPPLIER})
    @Operation(summary = "Get a certification application", description = "With its findings; a supplier reads "
            + "only its own.")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(examples = @ExampleObject(name = "application", value = Examples.APPLICATION)))
    @APIResponse(responseCode = "403", description = "Another supplier's application, or a buyer")
    @APIResponse(responseCode = "404", description = "No such application")
    public ApplicationView get(@PathParam("id") UUID id) {
        return applications.find(id).map(applications::view)
                .orElseThrow(() -> ProblemException.notFound("certification application", id));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN})
    @Operation(summary = "Withdraw an application", description = "By the applying supplier or an admin, before "
            + "the decision.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(examples = @ExampleObject(name = "application", value = Examples.APPLICATION)))
    @APIResponse(responseCode = "403", description = "Another supplier's application")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Already decided or withdrawn")
    public ApplicationView withdraw(@PathParam("id") UUID id) {
        return applications.view(applications.withdraw(id));
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed(Roles.CERTIFIER)
    @Operation(summary = "Start the review", description = "Assigns the calling certifier as reviewer and moves the "
            + "application from submitted to under-review.")
    @APIResponse(responseCode = "200", description = "Under review",
            content = @Content(examples = @ExampleObject(name = "application", value = Examples.APPLICATION)))
    @APIResponse(responseCode = "403", description = "Not a certifier")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Not in state submitted")
    public ApplicationView review(@PathParam("id") UUID id) {
        return applications.view(applications.startReview(id, principal()));
    }

    @POST
    @Path("/{id}/evaluation")
    @RolesAllowed(Roles.CERTIFIER)
    @Operation(summary = "Evaluate the footprint version against the application's criteria set", description = "Runs "
            + "the green-product evaluation (as POST /api/v1/evaluations) and records it on the application; the "
            + "latest one counts for the decision.")
    @APIResponse(responseCode = "201", description = "Evaluated and recorded",
            content = @Content(examples = @ExampleObject(name = "evaluation", value = Examples.EVALUATION)))
    @APIResponse(responseCode = "403", description = "Not a certifier")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Not under review")
    public Response evaluate(@PathParam("id") UUID id) {
        Evaluation evaluation = applications.evaluate(id, principal());
        return Response.created(URI.create("/api/v1/evaluations/" + evaluation.id))
                .entity(EvaluationView.of(evaluation)).build();
    }

    @POST
    @Path("/{id}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CERTIFIER)
    @Operation(summary = "Raise a finding", description = "Severity major, minor or observation, optionally the "
            + "clause. An open major finding blocks a grant.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "finding", value = Examples.FINDING_REQUEST)))
    @APIResponse(responseCode = "201", description = "Raised",
            content = @Content(examples = @ExampleObject(name = "finding", value = Examples.FINDING)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "403", description = "Not a certifier")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Not under review")
    public Response raiseFinding(@PathParam("id") UUID id, @NotNull @Valid CertificationRequests.Finding request) {
        ApplicationFinding f = applications.raiseFinding(id, request, principal());
        return Response.created(URI.create(BASE + id + "/findings/" + f.id)).entity(FindingView.of(f)).build();
    }

    @POST
    @Path("/{id}/findings/{findingId}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CERTIFIER)
    @Operation(summary = "Close a finding with its resolution")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "resolution",
            value = Examples.CLOSE_FINDING_REQUEST)))
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(examples = @ExampleObject(name = "finding", value = Examples.FINDING)))
    @APIResponse(responseCode = "400", description = "No resolution")
    @APIResponse(responseCode = "403", description = "Not a certifier")
    @APIResponse(responseCode = "404", description = "No such application or finding")
    @APIResponse(responseCode = "409", description = "Not under review, or closed already")
    public FindingView closeFinding(@PathParam("id") UUID id, @PathParam("findingId") UUID findingId,
                                    @NotNull @Valid CertificationRequests.CloseFinding request) {
        return FindingView.of(applications.closeFinding(id, findingId, request, principal()));
    }

    @POST
    @Path("/{id}/samples")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CERTIFIER)
    @Operation(summary = "Draw an evidence sample", description = "Weighted sampling without replacement "
            + "(es-splittable-v1) of the activity lines of the disclosures the footprint's lineage names and of the "
            + "evidence files they cite, weighted by contribution to the footprint. Without a seed one is generated; "
            + "seed, population size and hash and the selection are recorded, so the same seed and population "
            + "redraw the same sample.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "sample", value = Examples.SAMPLE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Drawn",
            content = @Content(examples = @ExampleObject(name = "sample", value = Examples.SAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "403", description = "Not a certifier")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Not under review, or a disclosure of the lineage is not "
            + "replicated yet")
    public Response drawSample(@PathParam("id") UUID id, @NotNull @Valid CertificationRequests.Sample request) {
        EvidenceSample sample = sampling.draw(id, request, principal());
        return Response.created(URI.create(BASE + id + "/samples/" + sample.id)).entity(sampling.view(sample)).build();
    }

    @GET
    @Path("/{id}/samples")
    @RolesAllowed({Roles.CERTIFIER, Roles.ADMIN})
    @Operation(summary = "List the samples of an application", description = "Certifiers and admins only: the "
            + "applicant does not see the sample before the visit.")
    @APIResponse(responseCode = "200", description = "The samples, oldest first",
            content = @Content(examples = @ExampleObject(name = "samples", value = "[" + Examples.SAMPLE + "]")))
    @APIResponse(responseCode = "403", description = "Not a certifier or admin")
    public List<SampleView> samples(@PathParam("id") UUID id) {
        return sampling.of(id).stream().map(sampling::view).toList();
    }

    @GET
    @Path("/{id}/samples/{sampleId}")
    @RolesAllowed({Roles.CERTIFIER, Roles.ADMIN})
    @Operation(summary = "Get a sample with the checks of its items")
    @APIResponse(responseCode = "200", description = "The sample",
            content = @Content(examples = @ExampleObject(name = "sample", value = Examples.SAMPLE)))
    @APIResponse(responseCode = "403", description = "Not a certifier or admin")
    @APIResponse(responseCode = "404", description = "No such sample of this application")
    public SampleView sample(@PathParam("id") UUID id, @PathParam("sampleId") UUID sampleId) {
        return sampling.find(id, sampleId).map(sampling::view)
                .orElseThrow(() -> ProblemException.notFound("sample", sampleId));
    }

    @PUT
    @Path("/{id}/samples/{sampleId}/items/{itemNo}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CERTIFIER)
    @Operation(summary = "Record the check of a sampled item", description = "conforming, nonconforming or "
            + "not-verifiable, with a note. Checking an item again records a new check; the history is kept and the "
            + "latest counts. An unchecked or nonconforming item blocks a grant.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "check", value = Examples.CHECK_REQUEST)))
    @APIResponse(responseCode = "200", description = "Recorded; the whole sample",
            content = @Content(examples = @ExampleObject(name = "sample", value = Examples.SAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "403", description = "Not a certifier")
    @APIResponse(responseCode = "404", description = "No such sample or item")
    @APIResponse(responseCode = "409", description = "Not under review")
    public SampleView check(@PathParam("id") UUID id, @PathParam("sampleId") UUID sampleId,
                            @PathParam("itemNo") int itemNo, @NotNull @Valid CertificationRequests.Check request) {
        return sampling.view(sampling.check(id, sampleId, itemNo, request, principal()));
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CERTIFIER)
    @Operation(summary = "Decide: grant or refuse", description = "Certifiers only, and not the applicant. A grant "
            + "is refused with 409 GRANT_BLOCKED, every reason listed, while a major finding is open, a sampled item "
            + "is unchecked or nonconforming, or no evaluation is recorded or it failed a criterion. A grant issues "
            + "the certificate (certificateId in the answer). Send an Idempotency-Key to make a retry safe.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "grant", value = Examples.DECISION_REQUEST)))
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(examples = @ExampleObject(name = "granted", value = Examples.APPLICATION_DECIDED)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "403", description = "Not a certifier, or the applicant")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Not under review, or the grant is blocked")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    public Response decide(@PathParam("id") UUID id, @NotNull @Valid CertificationRequests.Decision request,
                           @HeaderParam(IdempotentRequests.HEADER) String key) {
        return idempotency.run(principal(), key, idempotency.fingerprint("POST " + BASE + id + "/decision", request),
                () -> Response.ok(applications.view(applications.decide(id, request, principal()))).build());
    }

    private String principal() {
        return caller.getPrincipal().getName();
    }
}
