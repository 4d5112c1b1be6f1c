package org.copperpcf.certification.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.copperpcf.certification.model.Certificate;
import org.copperpcf.certification.report.CertificatePdf;
import org.copperpcf.certification.report.ReportExamples;
import org.copperpcf.certification.rest.CertificationViews.CertificateView;
import org.copperpcf.certification.service.CertificateService;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.rest.Cursors;
import org.copperpcf.kit.security.Roles;
import org.copperpcf.kit.security.SupplierScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/certificates")
@Tag(name = "Certificates", description = "Certificates granted on a decision: scope, 2-year validity, surveillance "
        + "dates; suspension, reinstatement and revocation with history")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {
    private final CertificateService certificates;
    private final SupplierScope scope;
    private final SecurityIdentity caller;

    public CertificateResource(CertificateService certificates, SupplierScope scope, SecurityIdentity caller) {
        this.certificates = certificates;
        this.scope = scope;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.CERTIFIER, Roles.ADMIN, Roles.SUPPLIER})
    @Operation(summary = "List certificates", description = "Newest first, filtered by status (valid, suspended, "
            + "revoked, expired: expired is derived from validUntil), holder supplier, product or footprint. A "
            + "supplier sees only its own. Paged: follow the Link rel=next header.")
    @APIResponse(responseCode = "200", description = "One page of certificates",
            content = @Content(examples = @ExampleObject(name = "certificates", value = "[" + Examples.CERTIFICATE
                    + "]")))
    @APIResponse(responseCode = "400", description = "An invalid filter or cursor")
    @APIResponse(responseCode = "403", description = "A buyer")
    public Response list(@QueryParam("status") @Pattern(regexp = "valid|suspended|revoked|expired") String status,
                         @QueryParam("supplierId") UUID supplierId, @QueryParam("product") String product,
                         @QueryParam("footprintId") UUID footprintId,
                         @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        UUID holder = Listing.holder(caller, scope, supplierId);
        Listing.Position before = Listing.Position.of(cursor);
        List<Certificate> page = certificates.page(holder, status, product, footprintId,
                before == null ? null : before.at(), before == null ? null : before.id(), limit + 1);
        List<Certificate> shown = page.subList(0, Math.min(limit, page.size()));
        String next = page.size() > limit ? Listing.Position.next(shown.getLast().issuedAt, shown.getLast().id) : null;
        Instant now = Instant.now();
        return Cursors.withNext(Response.ok(shown.stream()
                .map(c -> CertificateView.of(c, certificates.history(c.id), now)).toList()), uri, next).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CERTIFIER, Roles.ADMIN, Roles.SUPPLIER})
    @Operation(summary = "Get a certificate with its history", description = "Certifiers and admins any, a supplier "
            + "only the certificates it holds.")
    @APIResponse(responseCode = "200", description = "The certificate",
            content = @Content(examples = @ExampleObject(name = "certificate", value = Examples.CERTIFICATE)))
    @APIResponse(responseCode = "403", description = "Another supplier's certificate, or a buyer")
    @APIResponse(responseCode = "404", description = "No such certificate")
    public CertificateView get(@PathParam("id") String id) {
        return certificates.find(id).map(c -> CertificateView.of(c, certificates.history(id), Instant.now()))
                .orElseThrow(() -> ProblemException.notFound("certificate", id));
    }

    @GET
    @Path("/{id}/certificate.pdf")
    @Produces(StudyReportResource.PDF)
    @RolesAllowed({Roles.CERTIFIER, Roles.ADMIN, Roles.SUPPLIER})
    @Operation(summary = "The certificate as a one-page PDF", description = "Certificate id, holder (the facility "
            + "name from the disclosure replica where known), product and PCF value per declared unit, the certified "
            + "footprint version and its result hash, criteria set, validity, surveillance dates, the status at the "
            + "time of download and the public check URL. Same readers as the certificate.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = StudyReportResource.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "pdf", value = ReportExamples.PDF)))
    @APIResponse(responseCode = "403", description = "Another supplier's certificate, or a buyer")
    @APIResponse(responseCode = "404", description = "No such certificate")
    public Response pdf(@PathParam("id") String id, @Context UriInfo uri) {
        Certificate certificate = certificates.find(id)
                .orElseThrow(() -> ProblemException.notFound("certificate", id));
        String checkUrl = uri.getBaseUriBuilder().path("api/v1/public/certificates").path(id).build().toString();
        byte[] pdf = CertificatePdf.render(certificates.document(certificate, checkUrl, Instant.now()));
        return Response.ok(pdf, StudyReportResource.PDF)
                .header("Content-Disposition", "inline; filename=\"" + id + ".pdf\"").build();
    }

    @POST
    @Path("/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CERTIFIER)
    @Operation(summary = "Suspend a valid certificate", description = "With a reason; the public check then answers "
            + "suspended until it is reinstated or revoked.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reason", value = Examples.REASON_REQUEST)))
    @APIResponse(responseCode = "200", description = "Suspended",
            content = @Content(examples = @ExampleObject(name = "certificate", value = Examples.CERTIFICATE)))
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "403", description = "Not a certifier")
    @APIResponse(responseCode = "404", description = "No such certificate")
    @APIResponse(responseCode = "409", description = "Not valid (suspended, revoked or expired)")
    public CertificateView suspend(@PathParam("id") String id, @NotNull @Valid CertificationRequests.Reason request) {
        return view(certificates.suspend(id, request.reason(), principal()));
    }

    @POST
    @Path("/{id}/reinstate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CERTIFIER)
    @Operation(summary = "Reinstate a suspended certificate")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reason", value = Examples.REASON_REQUEST)))
    @APIResponse(responseCode = "200", description = "Valid again",
            content = @Content(examples = @ExampleObject(name = "certificate", value = Examples.CERTIFICATE)))
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "403", description = "Not a certifier")
    @APIResponse(responseCode = "404", description = "No such certificate")
    @APIResponse(responseCode = "409", description = "Not suspended, or expired")
    public CertificateView reinstate(@PathParam("id") String id,
                                     @NotNull @Valid CertificationRequests.Reason request) {
        return view(certificates.reinstate(id, request.reason(), principal()));
    }

    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CERTIFIER)
    @Operation(summary = "Revoke a certificate", description = "Final: a revoked certificate cannot be reinstated.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reason", value = Examples.REASON_REQUEST)))
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(examples = @ExampleObject(name = "certificate", value = Examples.CERTIFICATE)))
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "403", description = "Not a certifier")
    @APIResponse(responseCode = "404", description = "No such certificate")
    @APIResponse(responseCode = "409", description = "Revoked already")
    public CertificateView revoke(@PathParam("id") String id, @NotNull @Valid CertificationRequests.Reason request) {
        return view(certificates.revoke(id, request.reason(), principal()));
    }

    private CertificateView view(Certificate c) {
        return CertificateView.of(c, certificates.history(c.id), Instant.now());
    }

    private String principal() {
        return caller.getPrincipal().getName();
    }
}
