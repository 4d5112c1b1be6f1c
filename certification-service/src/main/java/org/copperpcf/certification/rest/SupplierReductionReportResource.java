package org.copperpcf.certification.rest;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import org.copperpcf.certification.report.NewSupplierReductionReport;
import org.copperpcf.certification.report.ReportExamples;
import org.copperpcf.certification.report.SupplierReductionCsv;
import org.copperpcf.certification.report.SupplierReductionPdf;
import org.copperpcf.certification.report.SupplierReductionReport;
import org.copperpcf.certification.report.SupplierReductionReportService;
import org.copperpcf.certification.report.SupplierReductionReportView;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/supplier-reduction-reports")
@Tag(name = "Reports", description = "Carbon-footprint study reports, certificates and supplier reduction reports")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.CERTIFIER})
public class SupplierReductionReportResource {
    private static final String CSV = "text/csv";

    private final SupplierReductionReportService service;
    private final SecurityIdentity caller;

    public SupplierReductionReportResource(SupplierReductionReportService service, SecurityIdentity caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BUYER, Roles.ADMIN})
    @Operation(summary = "Publish a core-supplier carbon-reduction report", description = "Per supplier and "
            + "product: intensity (kg CO2e per declared unit) by the year the reporting period of each footprint "
            + "starts, for footprints whose producer is the supplier, each at its current version; several "
            + "footprints in a year give their mean and count; reduction against baseYear in percent or \"no "
            + "base-year data\". Computed now and stored unchanged; the caller owns it. Buyers and admins.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "report",
            value = ReportExamples.NEW_SUPPLIER_REDUCTION_REPORT)))
    @APIResponse(responseCode = "201", description = "Published", content = @Content(examples = @ExampleObject(
            name = "report", value = ReportExamples.SUPPLIER_REDUCTION_REPORT)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "403", description = "Suppliers and certifiers cannot publish one")
    public Response create(@NotNull @Valid NewSupplierReductionReport request) {
        SupplierReductionReport report = service.create(request, caller.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/supplier-reduction-reports/" + report.id))
                .entity(SupplierReductionReportView.of(report)).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get a supplier reduction report (JSON)", description = "Its owner, admins and certifiers.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(examples = @ExampleObject(
            name = "report", value = ReportExamples.SUPPLIER_REDUCTION_REPORT)))
    @APIResponse(responseCode = "403", description = "Suppliers cannot read reduction reports")
    @APIResponse(responseCode = "404", description = "No such report, or another buyer's")
    public SupplierReductionReportView get(@PathParam("id") UUID id) {
        return view(id);
    }

    @GET
    @Path("/{id}.csv")
    @Produces(CSV)
    @Operation(summary = "Get a supplier reduction report as CSV", description = "RFC 4180, a header row, one row "
            + "per supplier, product and year. Its owner, admins and certifiers.")
    @APIResponse(responseCode = "200", description = "The CSV", content = @Content(mediaType = CSV,
            examples = @ExampleObject(name = "csv", value = ReportExamples.SUPPLIER_REDUCTION_CSV)))
    @APIResponse(responseCode = "403", description = "Suppliers cannot read reduction reports")
    @APIResponse(responseCode = "404", description = "No such report, or another buyer's")
    public Response csv(@PathParam("id") UUID id) {
        return Response.ok(SupplierReductionCsv.write(view(id)), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"supplier-reduction-report-" + id + ".csv\"")
                .build();
    }

    @GET
    @Path("/{id}.pdf")
    @Produces(StudyReportResource.PDF)
    @Operation(summary = "Get a supplier reduction report as PDF", description = "The request, then per supplier "
            + "and product a table of years and a bar chart of intensities with the reductions. Its owner, admins "
            + "and certifiers.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = StudyReportResource.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "pdf", value = ReportExamples.PDF)))
    @APIResponse(responseCode = "403", description = "Suppliers cannot read reduction reports")
    @APIResponse(responseCode = "404", description = "No such report, or another buyer's")
    public Response pdf(@PathParam("id") UUID id) {
        return Response.ok(SupplierReductionPdf.render(view(id), Instant.now()), StudyReportResource.PDF)
                .header("Content-Disposition", "inline; filename=\"supplier-reduction-report-" + id + ".pdf\"")
                .build();
    }

    private SupplierReductionReportView view(UUID id) {
        return service.find(id, caller).map(SupplierReductionReportView::of)
                .orElseThrow(() -> ProblemException.notFound("supplier reduction report", id));
    }
}
