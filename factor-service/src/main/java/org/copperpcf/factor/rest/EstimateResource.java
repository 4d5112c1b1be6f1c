package org.copperpcf.factor.rest;

import java.util.Map;

import org.copperpcf.factor.service.EstimateService;
import org.copperpcf.factor.service.GwpCatalog;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1")
@Tag(name = "Estimates", description = "Activity amounts to kg CO2e, with the factor and its source")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER, Roles.SUPPLIER})
public class EstimateResource {
    private final EstimateService estimates;
    private final GwpCatalog gwp;
    private final SecurityIdentity caller;

    public EstimateResource(EstimateService estimates, GwpCatalog gwp, SecurityIdentity caller) {
        this.estimates = estimates;
        this.gwp = gwp;
        this.caller = caller;
    }

    @POST
    @Path("/estimate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Estimate kg CO2e for an activity", description = "Converts the amount to the factor's "
            + "unit (an incompatible unit is refused), multiplies, and returns the per-gas breakdown, the factor with "
            + "its source and why it was selected.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Jiangxi 2023", value = Examples.ESTIMATE_REQUEST)))
    @APIResponse(responseCode = "200", description = "The estimate",
            content = @Content(examples = @ExampleObject(name = "estimate", value = Examples.ESTIMATE)))
    @APIResponse(responseCode = "400", description = "Invalid amount or unit, incompatible unit, ambiguous selector")
    @APIResponse(responseCode = "404", description = "No factor matches")
    public EstimateResult estimate(@NotNull @Valid EstimateRequest request) {
        return estimates.estimate(request, caller.hasRole(Roles.ADMIN));
    }

    @GET
    @Path("/gwp-sets")
    @Operation(summary = "List the GWP100 sets", description = "AR6 is the default; AR5 and AR4 for reports aligned "
            + "with older inventories. Values by gas code.")
    @APIResponse(responseCode = "200", description = "The sets",
            content = @Content(examples = @ExampleObject(name = "sets", value = Examples.GWP_SETS)))
    public Map<String, Map<String, java.math.BigDecimal>> gwpSets() {
        Map<String, Map<String, java.math.BigDecimal>> sets = new java.util.TreeMap<>();
        gwp.sets().forEach((name, values) -> {
            Map<String, java.math.BigDecimal> byCode = new java.util.TreeMap<>();
            values.forEach((gas, value) -> byCode.put(gas.code(), value));
            sets.put(name, byCode);
        });
        return sets;
    }
}
