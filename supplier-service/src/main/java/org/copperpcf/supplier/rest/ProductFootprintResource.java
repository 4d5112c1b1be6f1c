package org.copperpcf.supplier.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.copperpcf.kit.idempotency.IdempotentRequests;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.security.Roles;
import org.copperpcf.kit.security.SupplierScope;
import org.copperpcf.supplier.SupplierFootprint;
import org.copperpcf.supplier.service.ProductFootprintService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/suppliers/{supplierId}/product-footprints")
@Tag(name = "Product footprints", description = "PACT ProductFootprints of the products a supplier sells")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class ProductFootprintResource {
    private static final String PF = """
            {"id": "8b26f3b8-f5d9-4adf-8a11-02e05d273e58", "specVersion": "3.0.0",
             "created": "2026-03-01T00:00:00Z", "status": "Active", "companyName": "Jiangxi Example Copper",
             "companyIds": ["urn:pact:copperpcf.org:company-id:91350100M000100Y43"],
             "productDescription": "Copper cathode, grade A", "productIds": ["urn:pact:copperpcf.org:product-id:cathode-a"],
             "productNameCompany": "Cathode A",
             "pcf": {"declaredUnitOfMeasurement": "kilogram", "declaredUnitAmount": "1",
                     "productMassPerDeclaredUnit": "1", "referencePeriodStart": "2025-01-01T00:00:00Z",
                     "referencePeriodEnd": "2026-01-01T00:00:00Z", "geographyCountry": "CN",
                     "pcfExcludingBiogenicUptake": "3.85", "pcfIncludingBiogenicUptake": "3.85",
                     "fossilGhgEmissions": "3.85", "fossilCarbonContent": "0", "ipccCharacterizationFactors": ["AR6"],
                     "crossSectoralStandards": ["ISO14067"], "exemptedEmissionsPercent": "0"}}""";
    private static final String VIEW = "{\"id\": \"8b26f3b8-f5d9-4adf-8a11-02e05d273e58\", "
            + "\"supplierId\": \"3d1f0b7e-2c4a-4e5f-8a9b-0c1d2e3f4a5b\", \"product\": \"cathode\", \"version\": 0, "
            + "\"receivedSpecVersion\": \"3.0.0\", "
            + "\"mappingNotes\": [], \"createdBy\": \"sc-5f2a9c1e7b3d4a6f8e0c1b2a\", "
            + "\"createdAt\": \"2026-03-02T09:00:00Z\", \"footprint\": " + PF + "}";

    private final ProductFootprintService footprints;
    private final IdempotentRequests idempotency;
    private final SupplierScope scope;
    private final SecurityIdentity caller;

    public ProductFootprintResource(ProductFootprintService footprints, IdempotentRequests idempotency,
                                    SupplierScope scope, SecurityIdentity caller) {
        this.footprints = footprints;
        this.idempotency = idempotency;
        this.caller = caller;
        this.scope = scope;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN})
    @Operation(summary = "Import a PACT ProductFootprint", description = "v3 is validated against PACT's normative "
            + "schema; v2.x is mapped to v3 first (the answer lists what the mapping changed or dropped). Every "
            + "schema violation is named by its JSON path. product names the platform's product code (concentrate, "
            + "blister, anode, cathode, rod, tube, scrap); without it the code is inferred from productIds and "
            + "productDescription when they name exactly one, else it stays null and footprint-service cannot use "
            + "the footprint in a supply mix. The footprint is announced as SupplierFootprintReceived on "
            + "pcf.supplier-footprints.v1; predecessors of this supplier named in precedingPfIds become Deprecated "
            + "and are announced again. Accepts an Idempotency-Key.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "PACT v3", value = PF)))
    @APIResponse(responseCode = "201", description = "Imported",
            content = @Content(examples = @ExampleObject(name = "footprint", value = VIEW)))
    @APIResponse(responseCode = "400", description = "Not a valid ProductFootprint or an unknown product code; "
            + "every violation named")
    @APIResponse(responseCode = "403", description = "Another supplier")
    @APIResponse(responseCode = "409", description = "A footprint with this id exists (PACT ids are immutable)")
    @APIResponse(responseCode = "503", description = "The PACT schema is not configured")
    public Response importFootprint(@PathParam("supplierId") UUID supplierId,
                                    @QueryParam("product") String product,
                                    @HeaderParam(IdempotentRequests.HEADER) String key, JsonNode document) {
        scope.requireAccessTo(supplierId);
        String principal = caller.getPrincipal().getName();
        return idempotency.run(principal, key, idempotency.fingerprint("POST /api/v1/suppliers/" + supplierId
                + "/product-footprints?product=" + product, document), () -> {
                    SupplierFootprint stored = footprints.importFootprint(supplierId, document, product,
                            principal);
                    return Response.created(URI.create("/api/v1/suppliers/" + supplierId + "/product-footprints/"
                            + stored.id)).entity(view(stored)).build();
                });
    }

    @GET
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "List a supplier's product footprints", description = "Oldest first, at most limit.")
    @APIResponse(responseCode = "200", description = "The footprints",
            content = @Content(examples = @ExampleObject(name = "footprints", value = "[" + VIEW + "]")))
    @APIResponse(responseCode = "403", description = "Another supplier")
    public List<ProductFootprintView> list(@PathParam("supplierId") UUID supplierId,
                                           @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        scope.requireAccessTo(supplierId);
        return footprints.ofSupplier(supplierId, limit).stream().map(this::view).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "Get a product footprint")
    @APIResponse(responseCode = "200", description = "The footprint",
            content = @Content(examples = @ExampleObject(name = "footprint", value = VIEW)))
    @APIResponse(responseCode = "403", description = "Another supplier")
    @APIResponse(responseCode = "404", description = "No such footprint of this supplier")
    public ProductFootprintView get(@PathParam("supplierId") UUID supplierId, @PathParam("id") UUID id) {
        scope.requireAccessTo(supplierId);
        return footprints.find(supplierId, id).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("product footprint", id));
    }

    private ProductFootprintView view(SupplierFootprint footprint) {
        return new ProductFootprintView(footprint.id, footprint.supplierId, footprint.product, footprint.version,
                footprint.receivedSpec,
                List.of(footprint.mappingNotes), footprint.createdBy, footprint.createdAt,
                footprints.document(footprint));
    }
}
