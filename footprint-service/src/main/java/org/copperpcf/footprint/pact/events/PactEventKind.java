package org.copperpcf.footprint.pact.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four PACT events and their CloudEvent {@code type} in each API version: v3 names them
 * {@code org.wbcsd.pact.ProductFootprint.<Name>Event.3}, v2.3 still uses the Pathfinder names of v2.0
 * ({@code org.wbcsd.pathfinder.ProductFootprint.Published.v1}, {@code ….ProductFootprintRequest.Created.v1}, …), as
 * both OpenAPI files say. {@code component} is the schema's name in either file.
 */
public enum PactEventKind {
    PUBLISHED("PublishedEvent", "org.wbcsd.pact.ProductFootprint.PublishedEvent.3",
            "org.wbcsd.pathfinder.ProductFootprint.Published.v1"),
    REQUEST_CREATED("RequestCreatedEvent", "org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3",
            "org.wbcsd.pathfinder.ProductFootprintRequest.Created.v1"),
    REQUEST_FULFILLED("RequestFulfilledEvent", "org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3",
            "org.wbcsd.pathfinder.ProductFootprintRequest.Fulfilled.v1"),
    REQUEST_REJECTED("RequestRejectedEvent", "org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3",
            "org.wbcsd.pathfinder.ProductFootprintRequest.Rejected.v1");

    private final String component;
    private final String v3Type;
    private final String v2Type;

    PactEventKind(String component, String v3Type, String v2Type) {
        this.component = component;
        this.v3Type = v3Type;
        this.v2Type = v2Type;
    }

    /** The schema's name in {@code components.schemas} of the PACT OpenAPI files. */
    public String component() {
        return component;
    }

    /** The CloudEvent {@code type} of this event in API version {@code apiVersion} (3 or 2). */
    public String type(int apiVersion) {
        return apiVersion == 2 ? v2Type : v3Type;
    }

    /** The event whose {@code type} in {@code apiVersion} is {@code type}. */
    public static Optional<PactEventKind> of(int apiVersion, String type) {
        return Arrays.stream(values()).filter(kind -> kind.type(apiVersion).equals(type)).findFirst();
    }
}
