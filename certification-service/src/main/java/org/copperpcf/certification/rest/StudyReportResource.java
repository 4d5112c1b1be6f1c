package org.copperpcf.certification.rest;

import java.util.UUID;

import org.copperpcf.certification.report.ReportExamples;
import org.copperpcf.certification.report.StudyReportService;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/footprints")
@Tag(name = "Reports", description = "Carbon-footprint study reports, certificates and supplier reduction reports")
@SecurityRequirement(name = "jwt")
public class StudyReportResource {
    static final String PDF = "application/pdf";

    private final StudyReportService reports;

    public StudyReportResource(StudyReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("/{footprintId}/versions/{version}/study-report.pdf")
    @Produces(PDF)
    @RolesAllowed({Roles.CERTIFIER, Roles.ADMIN, Roles.BUYER})
    @Operation(summary = "Carbon-footprint study report of a footprint version (PDF)", description = "The GB/T "
            + "24067 / ISO 14067 reporting elements of a published footprint version from the local replica: "
            + "identification and lineage (hashes, template and process versions, factor release, supplier data), "
            + "declared unit, boundary, data sources and periods, allocation, electricity, cut-off, data quality, "
            + "uncertainty, results by stage (table and bar chart) and by gas, limitations. An element the "
            + "calculation did not record is printed as \"Not reported\" with the reason. Certifiers, admins and "
            + "buyers.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "pdf", value = ReportExamples.PDF)))
    @APIResponse(responseCode = "403", description = "Suppliers cannot read study reports here")
    @APIResponse(responseCode = "404", description = "Unknown (or not yet replicated) footprint or version")
    public Response studyReport(@PathParam("footprintId") UUID footprintId, @PathParam("version") int version) {
        byte[] pdf = reports.render(footprintId, version).orElseThrow(
                () -> ProblemException.notFound("footprint version", footprintId + " v" + version));
        return Response.ok(pdf, PDF).header("Content-Disposition",
                "inline; filename=\"study-report-" + footprintId + "-v" + version + ".pdf\"").build();
    }
}
