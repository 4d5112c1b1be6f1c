package org.copperpcf.footprint.pact.events;

import java.util.List;
import java.util.Optional;

import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/pact/deliveries")
@Tag(name = "PACT deliveries", description = "The events footprint-service sends to partners' PACT hosts, with "
        + "their retries")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class PactDeliveryResource {
    private static final String LIST = """
            [{"id":"9d3f3a52-1c2b-4a8e-9e51-7a0f3b1d2c44","status":"pending",\
            "targetUrl":"https://pact.buyer.example/3/events","clientId":"buyer-erp",\
            "eventId":"6e0b8c1a-55f2-4f4c-8a9e-2b7d1c3e4f50",\
            "eventType":"org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3","attempts":2,\
            "createdAt":"2026-03-05T10:15:30Z","nextAttemptAt":"2026-03-05T10:17:30Z",\
            "lastAttemptAt":"2026-03-05T10:16:30Z","lastStatus":503,\
            "lastError":"https://pact.buyer.example/3/events answered 503: ...","deliveredAt":null,\
            "giveUpAt":"2026-03-08T10:15:30Z"}]""";

    private final PactDeliveries deliveries;

    public PactDeliveryResource(PactDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @Operation(summary = "List deliveries to partners", description = "Newest first. pending: not yet answered 2xx "
            + "and still retried (nextAttemptAt); delivered; failed: given up after the retry period "
            + "(footprint.pact-events.deliveries.give-up-after, 72 h by default). lastStatus and lastError tell why "
            + "the last attempt failed.")
    @APIResponse(responseCode = "200", description = "The deliveries",
            content = @Content(examples = @ExampleObject(name = "deliveries", value = LIST)))
    @APIResponse(responseCode = "400", description = "Unknown status or limit out of range")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public List<DeliveryView> list(
            @Parameter(description = "pending, delivered or failed; all when absent") @QueryParam("status")
            String status,
            @Parameter(description = "at most this many (1–500)") @QueryParam("limit") @DefaultValue("100")
            int limit) {
        Optional<PactDelivery.Status> wanted = Optional.empty();
        if (status != null && !status.isBlank()) {
            wanted = Optional.of(PactDeliveries.status(status).orElseThrow(() -> ProblemException.invalid("status",
                    "must be pending, delivered or failed")));
        }
        if (limit < 1 || limit > 500) {
            throw ProblemException.invalid("limit", "must be between 1 and 500");
        }
        return deliveries.list(wanted, limit).stream().map(DeliveryView::of).toList();
    }
}
