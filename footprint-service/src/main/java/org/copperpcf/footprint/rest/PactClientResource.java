package org.copperpcf.footprint.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.copperpcf.footprint.pact.PactClient;
import org.copperpcf.footprint.pact.PactClientService;
import org.copperpcf.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Data recipients of the PACT host: an admin registers a buyer organisation's system and hands it the client id and
 * secret (shown once), which it exchanges at {@code /auth/token} on the HTTPS port (docs/pact.md).
 */
@Path("/api/v1/pact/clients")
@Tag(name = "PACT clients", description = "Data recipients allowed to read footprints over PACT")
public class PactClientResource {
    private static final String CLIENT = """
            {"clientId": "pact-3f9a0c1b2d4e5f6a7b8c9d0e", "name": "Example Cable Co. procurement",
             "createdAt": "2026-03-05T10:15:30Z", "createdBy": "admin@copperpcf.org"}""";
    private static final String ISSUED = """
            {"clientId": "pact-3f9a0c1b2d4e5f6a7b8c9d0e", "name": "Example Cable Co. procurement",
             "createdAt": "2026-03-05T10:15:30Z", "createdBy": "admin@copperpcf.org",
             "clientSecret": "q0kX2p9mJ7Vd3sQeYb1tN5wRzL8cH4uFgA6oIiEjK0M"}""";

    private final PactClientService clients;

    public PactClientResource(PactClientService clients) {
        this.clients = clients;
    }

    /** What registering a client needs. */
    public record Registration(String name) {
    }

    /** A registered client; {@code clientSecret} only in the answer to its registration. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClientView(String clientId, String name, Instant createdAt, String createdBy, Instant revokedAt,
                             String clientSecret) {
        static ClientView of(PactClient client, String secret) {
            return new ClientView(client.clientId, client.name, client.createdAt, client.createdBy, client.revokedAt,
                    secret);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a PACT client", description = "A buyer organisation's system. The answer carries "
            + "the client secret once; only its hash is kept. No Idempotency-Key: a replay would have to store the "
            + "secret; a client registered twice by a retry is simply revoked.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "client",
            value = "{\"name\": \"Example Cable Co. procurement\"}")))
    @APIResponse(responseCode = "201", description = "Registered, with its secret",
            content = @Content(examples = @ExampleObject(name = "client", value = ISSUED)))
    @APIResponse(responseCode = "400", description = "name missing or longer than 200 characters")
    public Response register(@NotNull Registration registration, @Context SecurityContext caller) {
        PactClientService.Issued issued = clients.register(registration.name(), caller.getUserPrincipal().getName());
        return Response.created(URI.create("/api/v1/pact/clients/" + issued.client().clientId))
                .entity(ClientView.of(issued.client(), issued.secret())).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List PACT clients", description = "Revoked ones included, with revokedAt.")
    @APIResponse(responseCode = "200", description = "Every client, oldest first",
            content = @Content(examples = @ExampleObject(name = "clients", value = "[" + CLIENT + "]")))
    public List<ClientView> list() {
        return clients.all().stream().map(c -> ClientView.of(c, null)).toList();
    }

    @GET
    @Path("/{clientId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "One PACT client")
    @APIResponse(responseCode = "200", description = "The client (never its secret)",
            content = @Content(examples = @ExampleObject(name = "client", value = CLIENT)))
    @APIResponse(responseCode = "404", description = "No such client")
    public ClientView get(@PathParam("clientId") String clientId) {
        return ClientView.of(clients.get(clientId), null);
    }

    @DELETE
    @Path("/{clientId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Revoke a PACT client", description = "Its tokens stop working at once and it gets no new "
            + "ones. Revoking again changes nothing.")
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(examples = @ExampleObject(name = "client", value = CLIENT)))
    @APIResponse(responseCode = "404", description = "No such client")
    public ClientView revoke(@PathParam("clientId") String clientId) {
        return ClientView.of(clients.revoke(clientId), null);
    }
}
