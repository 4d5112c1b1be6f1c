package org.copperpcf.supplier.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.copperpcf.kit.idempotency.IdempotentRequests;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.rest.Cursors;
import org.copperpcf.kit.security.Roles;
import org.copperpcf.kit.security.SupplierScope;
import org.copperpcf.supplier.Facility;
import org.copperpcf.supplier.Supplier;
import org.copperpcf.supplier.service.ApiClientService;
import org.copperpcf.supplier.service.SupplierService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/suppliers")
@Tag(name = "Suppliers", description = "The supplier registry: organisations, facilities and API clients")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class SupplierResource {
    private final SupplierService suppliers;
    private final ApiClientService clients;
    private final IdempotentRequests idempotency;
    private final SupplierScope scope;
    private final SecurityIdentity caller;

    public SupplierResource(SupplierService suppliers, ApiClientService clients, IdempotentRequests idempotency,
                            SupplierScope scope, SecurityIdentity caller) {
        this.suppliers = suppliers;
        this.clients = clients;
        this.idempotency = idempotency;
        this.scope = scope;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a supplier", description = "The USCC is checked with its GB 32100-2015 check "
            + "character; other identifiers must be URNs. Send an Idempotency-Key to make a retry safe.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "supplier", value = Examples.SUPPLIER_REQUEST)))
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(examples = @ExampleObject(name = "supplier", value = Examples.SUPPLIER)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "409", description = "USCC or identifier already registered")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    public Response register(@NotNull SupplierRequest request,
                             @HeaderParam(IdempotentRequests.HEADER) String key) {
        return idempotency.run(principal(), key, idempotency.fingerprint("POST /api/v1/suppliers", request), () -> {
            Supplier supplier = suppliers.register(request);
            return Response.created(URI.create("/api/v1/suppliers/" + supplier.id)).entity(view(supplier)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "List suppliers by English name", description = "Paged: follow the Link rel=next header.")
    @APIResponse(responseCode = "200", description = "One page of suppliers",
            content = @Content(examples = @ExampleObject(name = "suppliers", value = "[" + Examples.SUPPLIER + "]")))
    public Response list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        String position = Cursors.decode(cursor);
        String afterName = null;
        UUID afterId = null;
        if (position != null) {
            int bar = position.lastIndexOf('|');
            try {
                afterName = position.substring(0, bar);
                afterId = UUID.fromString(position.substring(bar + 1));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw Cursors.invalid();
            }
        }
        List<Supplier> page = Supplier.page(afterName, afterId, limit + 1);
        List<Supplier> shown = page.subList(0, Math.min(limit, page.size()));
        String next = page.size() > limit ? shown.getLast().nameEn + "|" + shown.getLast().id : null;
        return Cursors.withNext(Response.ok(shown.stream().map(this::view).toList()), uri, next).build();
    }

    @GET
    @Path("/{supplierId}")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER, Roles.SUPPLIER})
    @Operation(summary = "Get a supplier", description = "A supplier may read only itself.")
    @APIResponse(responseCode = "200", description = "The supplier",
            content = @Content(examples = @ExampleObject(name = "supplier", value = Examples.SUPPLIER)))
    @APIResponse(responseCode = "403", description = "Another supplier's record")
    @APIResponse(responseCode = "404", description = "No such supplier")
    public SupplierView get(@PathParam("supplierId") UUID supplierId) {
        return view(existing(supplierId));
    }

    @POST
    @Path("/{supplierId}/facilities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a facility", description = "Province as ISO 3166-2:CN, grid region, the routes "
            + "operated (stage tags) and capacity in t/a. Accepts an Idempotency-Key.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "facility", value = Examples.FACILITY_REQUEST)))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(examples = @ExampleObject(name = "facility", value = Examples.FACILITY)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "404", description = "No such supplier")
    public Response addFacility(@PathParam("supplierId") UUID supplierId, @NotNull FacilityRequest request,
                                @HeaderParam(IdempotentRequests.HEADER) String key) {
        return idempotency.run(principal(), key,
                idempotency.fingerprint("POST /api/v1/suppliers/" + supplierId + "/facilities", request), () -> {
                    Facility facility = suppliers.addFacility(supplierId, request);
                    return Response.created(URI.create("/api/v1/suppliers/" + supplierId + "/facilities/"
                            + facility.id)).entity(view(facility)).build();
                });
    }

    @GET
    @Path("/{supplierId}/facilities")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER, Roles.SUPPLIER})
    @Operation(summary = "List a supplier's facilities")
    @APIResponse(responseCode = "200", description = "The facilities",
            content = @Content(examples = @ExampleObject(name = "facilities", value = "[" + Examples.FACILITY + "]")))
    @APIResponse(responseCode = "403", description = "Another supplier's facilities")
    @APIResponse(responseCode = "404", description = "No such supplier")
    public List<FacilityView> facilities(@PathParam("supplierId") UUID supplierId) {
        existing(supplierId);
        return suppliers.facilities(supplierId).stream().map(SupplierResource::view).toList();
    }

    @POST
    @Path("/{supplierId}/api-clients")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create an API client for a supplier system", description = "The secret is in this answer "
            + "only; the client exchanges it at /auth/token for a token that acts as this supplier and no other. "
            + "Accepts an Idempotency-Key (a replay repeats the same secret).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "client", value = Examples.API_CLIENT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created, with the secret",
            content = @Content(examples = @ExampleObject(name = "client", value = Examples.API_CLIENT_ISSUED)))
    @APIResponse(responseCode = "400", description = "No name")
    @APIResponse(responseCode = "404", description = "No such supplier")
    public Response createClient(@PathParam("supplierId") UUID supplierId, @NotNull ApiClientRequest request,
                                 @HeaderParam(IdempotentRequests.HEADER) String key) {
        return idempotency.run(principal(), key,
                idempotency.fingerprint("POST /api/v1/suppliers/" + supplierId + "/api-clients", request), () -> {
                    ApiClientService.Issued issued = clients.create(supplierId, request.name());
                    return Response.created(URI.create("/api/v1/suppliers/" + supplierId + "/api-clients/"
                            + issued.client().clientId)).entity(ApiClientView.issued(issued.client(), issued.secret()))
                            .build();
                });
    }

    @GET
    @Path("/{supplierId}/api-clients")
    @RolesAllowed({Roles.ADMIN, Roles.SUPPLIER})
    @Operation(summary = "List a supplier's API clients", description = "Without secrets.")
    @APIResponse(responseCode = "200", description = "The clients",
            content = @Content(examples = @ExampleObject(name = "clients", value = "[" + Examples.API_CLIENT + "]")))
    @APIResponse(responseCode = "403", description = "Another supplier's clients")
    @APIResponse(responseCode = "404", description = "No such supplier")
    public List<ApiClientView> clients(@PathParam("supplierId") UUID supplierId) {
        existing(supplierId);
        return clients.ofSupplier(supplierId).stream().map(ApiClientView::of).toList();
    }

    @DELETE
    @Path("/{supplierId}/api-clients/{clientId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Revoke an API client", description = "No new tokens; issued ones expire on their own.")
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(examples = @ExampleObject(name = "client", value = Examples.API_CLIENT)))
    @APIResponse(responseCode = "404", description = "No such supplier or client")
    @Transactional
    public ApiClientView revoke(@PathParam("supplierId") UUID supplierId, @PathParam("clientId") String clientId) {
        existing(supplierId);
        return ApiClientView.of(clients.revoke(supplierId, clientId));
    }

    /** Ownership first (403 for another supplier, whether or not it exists), then existence. */
    private Supplier existing(UUID supplierId) {
        scope.requireAccessTo(supplierId);
        return suppliers.find(supplierId).orElseThrow(() -> ProblemException.notFound("supplier", supplierId));
    }

    private String principal() {
        return caller.getPrincipal().getName();
    }

    private SupplierView view(Supplier supplier) {
        return new SupplierView(supplier.id, supplier.nameEn, supplier.nameZh, supplier.uscc,
                List.copyOf(supplier.identifiers), suppliers.companyIds(supplier), supplier.createdAt,
                supplier.version);
    }

    static FacilityView view(Facility facility) {
        return new FacilityView(facility.id, facility.supplierId, facility.name, facility.provinceCode,
                facility.gridRegion, List.of(facility.routes), facility.capacityTPerYear, facility.createdAt);
    }
}
