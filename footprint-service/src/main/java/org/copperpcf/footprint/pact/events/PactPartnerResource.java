package org.copperpcf.footprint.pact.events;

import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.security.Roles;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/pact/clients/{clientId}/partner")
@Tag(name = "PACT partners", description = "How footprint-service reaches a PACT client's own PACT host: where to "
        + "send answers and notifications, how to authenticate there, and whether it wants PublishedEvents")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class PactPartnerResource {
    private static final String REQUEST = """
            {"eventsBaseUrl":"https://pact.buyer.example","authBaseUrl":"https://auth.buyer.example",\
            "clientId":"copper-pcf","clientSecret":"s3cr3t-from-the-buyer","certificatePem":null,\
            "notifyOnPublished":true}""";
    private static final String VIEW = """
            {"pactClientId":"buyer-erp","eventsBaseUrl":"https://pact.buyer.example",\
            "authBaseUrl":"https://auth.buyer.example","clientId":"copper-pcf","hasClientSecret":true,\
            "certificatePem":null,"notifyOnPublished":true,"createdAt":"2026-03-05T10:15:30Z",\
            "updatedAt":"2026-03-05T10:15:30Z"}""";

    private final PactPartnerService partners;

    public PactPartnerResource(PactPartnerService partners) {
        this.partners = partners;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a PACT client's partner settings", description = "Answers to the client's requests "
            + "(RequestFulfilled / RequestRejected) go to the request's source and are authenticated at the "
            + "partner's host with these credentials (OpenID discovery at authBaseUrl, or eventsBaseUrl, falling "
            + "back to /auth/token); without credentials they go anonymously. With notifyOnPublished, the partner "
            + "gets a PublishedEvent at <eventsBaseUrl>/3/events for every new footprint version. URLs must be "
            + "https. clientSecret is write-only: omit it with an unchanged clientId to keep the stored one. "
            + "certificatePem pins the partner's (development) certificate instead of the JVM's trust store.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "partner", value = REQUEST)))
    @APIResponse(responseCode = "200", description = "Replaced; the settings as stored",
            content = @Content(examples = @ExampleObject(name = "settings", value = VIEW)))
    @APIResponse(responseCode = "201", description = "Created; the settings as stored",
            content = @Content(examples = @ExampleObject(name = "settings", value = VIEW)))
    @APIResponse(responseCode = "400", description = "A field is invalid (problem+json naming each)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Response put(@PathParam("clientId") String clientId, PartnerSettingsRequest request) {
        boolean created = partners.put(clientId, request);
        PartnerSettingsView view = PartnerSettingsView.of(partners.find(clientId).orElseThrow());
        return Response.status(created ? 201 : 200).entity(view).build();
    }

    @GET
    @Operation(summary = "Read a PACT client's partner settings", description = "The client secret is never "
            + "returned; hasClientSecret tells whether one is stored.")
    @APIResponse(responseCode = "200", description = "The settings",
            content = @Content(examples = @ExampleObject(name = "settings", value = VIEW)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "The client has no partner settings")
    public PartnerSettingsView get(@PathParam("clientId") String clientId) {
        return partners.find(clientId).map(PartnerSettingsView::of)
                .orElseThrow(() -> ProblemException.notFound("partner settings of PACT client", clientId));
    }

    @DELETE
    @Operation(summary = "Remove a PACT client's partner settings", description = "Answers to its requests go "
            + "anonymously from then on, and it gets no PublishedEvents. Deliveries already queued keep going.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "The client has no partner settings")
    public Response delete(@PathParam("clientId") String clientId) {
        if (!partners.delete(clientId)) {
            throw ProblemException.notFound("partner settings of PACT client", clientId);
        }
        return Response.noContent().build();
    }
}
