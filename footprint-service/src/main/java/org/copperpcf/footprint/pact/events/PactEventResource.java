package org.copperpcf.footprint.pact.events;

import java.util.Locale;

import org.copperpcf.footprint.pact.PactCaller;
import org.copperpcf.footprint.pact.PactError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.logging.Log;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * PACT's Action Events endpoint, v3 and v2.3: CloudEvents in structured mode from an authenticated PACT client
 * (the bearer filter has set {@link PactCaller}). A valid event is answered 200 with an empty body — a request only
 * once it is stored, the answer follows asynchronously — and a malformed one 400 {@code BadRequest} naming the field.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "PACT events", description = "PACT Action Events (CloudEvents 1.0, structured mode): requests for "
        + "footprints, answered asynchronously, and notifications of published footprints")
public class PactEventResource {
    private static final String REQUEST_CREATED = """
            {"specversion":"1.0","id":"1934405d-4f9b-4b3b-9c05bc35-68f8","source":"https://pact.buyer.example",\
            "time":"2026-03-05T17:31:00Z","type":"org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3",\
            "data":{"productId":["urn:pact:copperpcf.org:product-id:copper.rod"],"geography":["CN"],\
            "comment":"2025 rod, please"}}""";
    private static final String PUBLISHED = """
            {"specversion":"1.0","id":"5c7e1a90-3f2b-4d8e-9a61-0b2c3d4e5f60","source":"https://pact.supplier.example",\
            "time":"2026-03-05T17:31:00Z","type":"org.wbcsd.pact.ProductFootprint.PublishedEvent.3",\
            "data":{"pfIds":["079e425a-464f-528d-341d-4a944a1dfd70"]}}""";
    private static final String V2_REQUEST_CREATED = """
            {"specversion":"1.0","id":"a6c5e0b2-81d4-4f2e-b3a9-7c1d2e3f4a5b","source":"https://pact.buyer.example",\
            "time":"2026-03-05T17:31:00Z","type":"org.wbcsd.pathfinder.ProductFootprintRequest.Created.v1",\
            "data":{"pf":{"productIds":["urn:pact:copperpcf.org:product-id:copper.rod"]},"comment":"2025 rod"}}""";
    private static final String V2_PUBLISHED = """
            {"specversion":"1.0","id":"e2d4c6b8-0a1f-4e3d-9c5b-7a6f8e0d2c4b","source":"https://pact.supplier.example",\
            "time":"2026-03-05T17:31:00Z","type":"org.wbcsd.pathfinder.ProductFootprint.Published.v1",\
            "data":{"pfIds":["079e425a-464f-528d-341d-4a944a1dfd70"]}}""";
    private static final String BAD_REQUEST = """
            {"code":"BadRequest","message":"data.pfIds[0]: is not a UUID: \\"urn:gtin:4712345060507\\""}""";
    private static final String DESCRIPTION = "Takes the four PACT events in CloudEvents structured mode "
            + "(application/cloudevents+json; application/json is tolerated). RequestCreated: the footprints matching "
            + "its criteria (as GET /3/footprints filters: repeated values OR, different criteria AND, "
            + "case-insensitive; Active ones unless it names a status) are sent asynchronously to the request's "
            + "source (on https, at /3/events) as a RequestFulfilled, or a RequestRejected (NotFound) when none "
            + "match, retried with back-off for up to 72 hours; authenticated with the partner settings' credentials "
            + "when the client has some, anonymously otherwise. Published: passed on for supplier-service to pull the "
            + "footprints, also for ids unknown here. RequestFulfilled / RequestRejected: recorded. The same event "
            + "(client, source, id) posted again is answered 200 and not processed again.";

    private final PactEventReader reader;
    private final PactEventService events;
    private final PactCaller caller;

    public PactEventResource(PactEventReader reader, PactEventService events, PactCaller caller) {
        this.reader = reader;
        this.events = events;
        this.caller = caller;
    }

    @POST
    @Path("/3/events")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Receive a PACT v3 event", description = DESCRIPTION)
    @RequestBody(content = @Content(mediaType = "application/cloudevents+json", examples = {
            @ExampleObject(name = "RequestCreatedEvent", value = REQUEST_CREATED),
            @ExampleObject(name = "PublishedEvent", value = PUBLISHED)}))
    @APIResponse(responseCode = "200", description = "Accepted; empty body",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "accepted", summary = "empty body", value = "")))
    @APIResponse(responseCode = "400", description = "Malformed event; the message names the field",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "malformed", value = BAD_REQUEST)))
    @APIResponse(responseCode = "401", description = "Missing, unknown or expired bearer token")
    @APIResponse(responseCode = "403", description = "Over plain HTTP: the PACT API is served on the HTTPS port only")
    @APIResponse(responseCode = "415", description = "Not a JSON CloudEvent")
    public Response v3(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        return receive(3, contentType, body);
    }

    @POST
    @Path("/2/events")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Receive a PACT v2.3 event", description = "As POST /3/events, with v2.3's event types "
            + "(org.wbcsd.pathfinder.ProductFootprint.Published.v1, ….ProductFootprintRequest.Created.v1, "
            + "….Fulfilled.v1, ….Rejected.v1); a request names the footprints by a ProductFootprint fragment "
            + "(data.pf: productIds, companyIds, productCategoryCpc, status, pcf.geography…) and is answered with "
            + "v2.3 footprints (….Fulfilled.v1) at <source>/2/events, or a ….Rejected.v1 (NotFound) when none "
            + "matches.")
    @RequestBody(content = @Content(mediaType = "application/cloudevents+json", examples = {
            @ExampleObject(name = "RequestCreated", value = V2_REQUEST_CREATED),
            @ExampleObject(name = "Published", value = V2_PUBLISHED)}))
    @APIResponse(responseCode = "200", description = "Accepted; empty body",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "accepted", summary = "empty body", value = "")))
    @APIResponse(responseCode = "400", description = "Malformed event; the message names the field",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "malformed", value = BAD_REQUEST)))
    @APIResponse(responseCode = "401", description = "Missing, unknown or expired bearer token")
    @APIResponse(responseCode = "403", description = "Over plain HTTP: the PACT API is served on the HTTPS port only")
    @APIResponse(responseCode = "415", description = "Not a JSON CloudEvent")
    public Response v2(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        return receive(2, contentType, body);
    }

    private Response receive(int apiVersion, String contentType, String body) {
        if (!json(contentType)) {
            return PactError.response(415, PactError.BAD_REQUEST, "Content-Type must be application/cloudevents+json "
                    + "(structured mode), not " + contentType);
        }
        PactEvent event;
        try {
            event = reader.read(apiVersion, body);
        } catch (MalformedPactEvent malformed) {
            Log.infof("PACT events: malformed event from client %s refused: %s", caller.clientId(),
                    malformed.getMessage());
            return PactError.response(400, PactError.BAD_REQUEST, malformed.getMessage());
        }
        events.receive(caller.clientId(), event);
        return Response.ok().build();
    }

    /** {@code application/cloudevents+json} or {@code application/json}, with any parameters; absent is tolerated. */
    private static boolean json(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/cloudevents+json") || type.equals("application/json");
    }
}
