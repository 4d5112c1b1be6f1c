package org.copperpcf.supplier.rest;

import java.net.URI;
import java.util.UUID;

import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.rest.Preconditions;
import org.copperpcf.kit.security.Roles;
import org.copperpcf.kit.security.SupplierScope;
import org.copperpcf.supplier.mapping.PactPullMapper;
import org.copperpcf.supplier.service.PactConnectionService;
import org.copperpcf.supplier.service.PactPullService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/suppliers/{supplierId}/pact-connection")
@Tag(name = "PACT pull", description = "A supplier's own PACT host, which supplier-service pulls footprints from for "
        + "review")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class PactConnectionResource {
    private final PactConnectionService connections;
    private final PactPullService pulls;
    private final SupplierScope scope;

    public PactConnectionResource(PactConnectionService connections, PactPullService pulls, SupplierScope scope) {
        this.connections = connections;
        this.pulls = pulls;
        this.scope = scope;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN})
    @Operation(summary = "Register or replace the supplier's PACT host", description = "baseUrl (and authBaseUrl, "
            + "where the token endpoint is discovered when it differs) must be https. clientId and clientSecret are "
            + "the credentials the partner issued; the secret is write-only: never returned, never logged, kept "
            + "unless sent again with the same clientId. certificatePem pins a self-signed (development) "
            + "certificate instead of the JVM's trust store. Every invalid field is named. Replacing needs If-Match "
            + "with the ETag of the last read; a pull does not change the ETag.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "connection",
            value = Examples.PACT_CONNECTION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(examples = @ExampleObject(name = "connection", value = Examples.PACT_CONNECTION)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(examples = @ExampleObject(name = "connection", value = Examples.PACT_CONNECTION)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "403", description = "Another supplier")
    @APIResponse(responseCode = "404", description = "No such supplier")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing when replacing")
    public Response put(@PathParam("supplierId") UUID supplierId,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PactConnectionRequest request) {
        scope.requireAccessTo(supplierId);
        PactConnectionService.Saved saved = connections.put(supplierId, request, ifMatch);
        Response.ResponseBuilder response = saved.created()
                ? Response.created(URI.create("/api/v1/suppliers/" + supplierId + "/pact-connection"))
                : Response.ok();
        return response.entity(PactPullMapper.toView(saved.connection()))
                .tag(String.valueOf(saved.connection().version)).build();
    }

    @GET
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN})
    @Operation(summary = "Get the supplier's PACT host and its last pull", description = "Without the client "
            + "secret. The ETag is the version to send as If-Match when replacing.")
    @APIResponse(responseCode = "200", description = "The connection",
            content = @Content(examples = @ExampleObject(name = "connection", value = Examples.PACT_CONNECTION)))
    @APIResponse(responseCode = "403", description = "Another supplier")
    @APIResponse(responseCode = "404", description = "No connection registered")
    public Response get(@PathParam("supplierId") UUID supplierId) {
        scope.requireAccessTo(supplierId);
        return connections.find(supplierId)
                .map(c -> Response.ok(PactPullMapper.toView(c)).tag(String.valueOf(c.version)).build())
                .orElseThrow(() -> ProblemException.notFound("PACT connection of supplier", supplierId));
    }

    @DELETE
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN})
    @Operation(summary = "Remove the supplier's PACT host", description = "Pulled footprints stay, reviewed or not.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Another supplier")
    @APIResponse(responseCode = "404", description = "No connection registered")
    public Response delete(@PathParam("supplierId") UUID supplierId) {
        scope.requireAccessTo(supplierId);
        if (!connections.delete(supplierId)) {
            throw ProblemException.notFound("PACT connection of supplier", supplierId);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/pull")
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN})
    @Operation(summary = "Pull the supplier's footprints now", description = "Lists /3/footprints (or /2/) page by "
            + "page along Link rel=next and validates each footprint against PACT's v3 schema (v2.x mapped first). "
            + "New valid ones become PCF disclosures pending review (GET …/pcf-disclosures); footprints known by id "
            + "are skipped, so repeating a pull is harmless; invalid ones are reported per field and not stored. A "
            + "partner that refuses or fails is reported with its answer (outcome failed, or partial when it failed "
            + "midway: what came before is kept). Runs whether or not the connection is enabled.")
    @APIResponse(responseCode = "200", description = "What the pull did",
            content = @Content(examples = @ExampleObject(name = "report", value = Examples.PULL_REPORT)))
    @APIResponse(responseCode = "403", description = "Another supplier")
    @APIResponse(responseCode = "404", description = "No connection registered")
    @APIResponse(responseCode = "503", description = "The PACT schema is not configured")
    public PullReport pull(@PathParam("supplierId") UUID supplierId) {
        scope.requireAccessTo(supplierId);
        return pulls.pullAll(supplierId, PactPullService.MANUAL);
    }
}
