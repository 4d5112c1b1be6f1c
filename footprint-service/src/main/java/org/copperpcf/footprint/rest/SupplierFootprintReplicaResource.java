package org.copperpcf.footprint.rest;

import java.util.List;
import java.util.UUID;

import org.copperpcf.footprint.service.SupplierFootprintReplicaService;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/replica/supplier-footprints")
@Tag(name = "Supplier footprint replica", description = "The PACT footprints suppliers pushed, as footprint-service "
        + "has received them")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CERTIFIER})
public class SupplierFootprintReplicaResource {
    private static final String EXAMPLE = """
            {"pfId": "8b26f3b8-f5d9-4adf-8a11-02e05d273e58", "version": 0, "status": "Active",
             "supplierId": "3d1f0b7e-2c4a-4e5f-8a9b-0c1d2e3f4a5b",
             "companyIds": ["urn:pact:copperpcf.org:company-id:91350100M000100Y43"],
             "companyName": "Jiangxi Example Copper", "productIds": ["urn:pact:copperpcf.org:product-id:cathode-a"],
             "productDescription": "Copper cathode, grade A", "product": "cathode", "precedingPfIds": [],
             "declaredUnit": "kilogram", "declaredUnitAmount": "1", "productMassPerDeclaredUnit": "1",
             "referencePeriodStart": "2025-01-01T00:00:00Z", "referencePeriodEnd": "2026-01-01T00:00:00Z",
             "geography": "CN-JX", "pcfExcludingBiogenicUptake": "3.85", "pcfIncludingBiogenicUptake": "3.85",
             "fossilGhgEmissions": "3.85", "primaryDataShare": "56.12", "receivedAt": "2026-03-02T09:00:00.118Z",
             "document": {"id": "8b26f3b8-f5d9-4adf-8a11-02e05d273e58", "specVersion": "3.0.0", "status": "Active",
                          "companyName": "Jiangxi Example Copper", "pcf": {"declaredUnitOfMeasurement": "kilogram",
                          "pcfExcludingBiogenicUptake": "3.85"}},
             "lastEventId": "2a7c4e19-0b3d-4f58-9e61-7d2c8b4a1f30", "receivedEvents": 1,
             "updatedAt": "2026-03-02T09:00:01.204Z"}""";

    private final SupplierFootprintReplicaService replica;

    public SupplierFootprintReplicaResource(SupplierFootprintReplicaService replica) {
        this.replica = replica;
    }

    @GET
    @Operation(summary = "List replicated supplier footprints, most recently updated first")
    @APIResponse(responseCode = "200", description = "Replicated supplier footprints",
            content = @Content(examples = @ExampleObject(name = "supplier footprints", value = "[" + EXAMPLE + "]")))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public List<ReplicatedSupplierFootprintView> list(
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return replica.newestFirst(limit).stream().map(ReplicatedSupplierFootprintView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a replicated supplier footprint by its PACT id")
    @APIResponse(responseCode = "200", description = "The replicated supplier footprint",
            content = @Content(examples = @ExampleObject(name = "supplier footprint", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "Not (yet) replicated")
    public ReplicatedSupplierFootprintView get(@PathParam("id") UUID id) {
        return replica.find(id).map(ReplicatedSupplierFootprintView::of)
                .orElseThrow(() -> ProblemException.notFound("replicated supplier footprint", id));
    }
}
