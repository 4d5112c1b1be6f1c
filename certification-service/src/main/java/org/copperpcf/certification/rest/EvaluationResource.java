package org.copperpcf.certification.rest;

import java.net.URI;
import java.util.UUID;

import org.copperpcf.certification.model.Evaluation;
import org.copperpcf.certification.service.EvaluationService;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.security.Roles;
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
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/evaluations")
@Tag(name = "Evaluations", description = "Green-product evaluation of a published footprint version: pass, fail or "
        + "not evaluable per criterion, with the evidence")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CERTIFIER, Roles.ADMIN})
public class EvaluationResource {
    private final EvaluationService service;
    private final SecurityIdentity caller;

    public EvaluationResource(EvaluationService service, SecurityIdentity caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Evaluate a footprint version against a criteria set", description = "Reads the footprint "
            + "version from the local replica of pcf.footprints.v1 (nothing is called synchronously) and the criteria "
            + "set version (the newest when version is omitted), judges every criterion and stores the evaluation "
            + "for good. overall is pass (all passed), fail (any failed) or incomplete (none failed, some not "
            + "evaluable). Certifiers and admins only.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rod", value = Examples.EVALUATION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Evaluated and stored",
            content = @Content(examples = @ExampleObject(name = "evaluation", value = Examples.EVALUATION)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "403", description = "Suppliers and buyers cannot certify")
    @APIResponse(responseCode = "404", description = "Unknown (or not yet replicated) footprint version, or unknown "
            + "criteria set or version")
    @APIResponse(responseCode = "422", description = "The criteria set is for another product")
    public Response evaluate(@NotNull @Valid EvaluationRequest request) {
        Evaluation evaluation = service.evaluate(request, caller.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/evaluations/" + evaluation.id))
                .entity(EvaluationView.of(evaluation)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a stored evaluation")
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(examples = @ExampleObject(name = "evaluation", value = Examples.EVALUATION)))
    @APIResponse(responseCode = "404", description = "No such evaluation")
    public EvaluationView get(@PathParam("id") UUID id) {
        return service.find(id).map(EvaluationView::of)
                .orElseThrow(() -> ProblemException.notFound("evaluation", id));
    }
}
