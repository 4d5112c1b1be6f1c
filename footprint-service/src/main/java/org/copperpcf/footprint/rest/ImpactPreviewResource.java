package org.copperpcf.footprint.rest;

import java.util.List;

import org.copperpcf.contracts.factor.ReleasedFactor;
import org.copperpcf.footprint.recalculation.ImpactPreview;
import org.copperpcf.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/impact-previews")
@Tag(name = "Impact previews", description = "Which footprints a candidate factor release would change, before it "
        + "is published")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class ImpactPreviewResource {
    private static final String REQUEST = """
            {"factors":[{"key":"electricity.grid.cn-yn.2023","name":"Yunnan grid 2023, revised","unit":"kWh",\
            "co2ePerUnit":"0.0667","gases":{"co2":"0.0667"}}]}""";
    private static final String REPORT = """
            {"baseRelease":"CN-2025.1","candidate":"CN-2025.1+preview","changedFactors":["electricity.grid.cn-yn.2023"],\
            "changedGwpSets":[],"affected":3,"changed":3,"footprints":[{"footprintId":\
            "3f1c2b7a-9d4e-4a6b-8c2d-1e0f9a8b7c6d","version":1,"product":"copper.tube","template":\
            "tube.cast-and-roll.cn","geography":"CN-YN","declaredUnit":"1 kg","currentKgCo2e":"2.792072102",\
            "previewKgCo2e":"2.71518","difference":"-0.076892102","percent":"-2.75"}]}""";

    /**
     * The candidate.
     *
     * @param release a factor release in footprint-service's replica, compared with the newest one
     * @param factors or: factors a draft changes or adds, applied to the newest release (same fields as the factor
     *                release event's factors; {@code key}, {@code unit} and {@code co2ePerUnit} or {@code gases})
     */
    public record Candidate(String release, List<ReleasedFactor> factors) {
    }

    private final ImpactPreview previews;

    public ImpactPreviewResource(ImpactPreview previews) {
        this.previews = previews;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.CERTIFIER})
    @Operation(summary = "Preview a factor release's impact", description = "Selects, through the dependency index, "
            + "the footprints following `latest` that use a factor (or GWP set) the candidate changes, computes each "
            + "with the candidate and returns current and previewed totals, largest relative change first. Nothing "
            + "is stored; footprints pinned to a release are never affected. Exactly these footprints get a new "
            + "version when the candidate is published (if their totals change).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "draft changes", value = REQUEST)))
    @APIResponse(responseCode = "200", description = "The affected footprints",
            content = @Content(examples = @ExampleObject(name = "report", value = REPORT)))
    @APIResponse(responseCode = "400", description = "Neither a known release nor valid factors; the field is named")
    @APIResponse(responseCode = "409", description = "No factor release has arrived yet")
    public ImpactPreview.Report preview(@NotNull Candidate candidate,
                                        @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return previews.preview(candidate.release(), candidate.factors(), limit);
    }
}
