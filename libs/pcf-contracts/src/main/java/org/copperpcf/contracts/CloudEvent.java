package org.copperpcf.contracts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 event in structured mode: the whole event is the Kafka record value. The {@code id} is what
 * consumers deduplicate on; the {@code subject} is the aggregate id, which is also the record key.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String dataschema,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    /** A new event with a fresh id, stamped now (to the millisecond, as it is stored). */
    public static <T> CloudEvent create(EventType<T> type, String source, String subject, T payload) {
        Objects.requireNonNull(payload, "payload");
        return new CloudEvent(SPEC_VERSION, UUID.randomUUID(), source, type.type(), subject,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), "application/json", type.schemaUrn(),
                EventJson.toTree(payload));
    }

    public boolean is(EventType<?> eventType) {
        return eventType.type().equals(type);
    }

    /** The payload as the record of {@code eventType}; fails if this event is of another type. */
    public <T> T dataAs(EventType<T> eventType) {
        if (!is(eventType)) {
            throw new InvalidEventException("expected an event of type " + eventType.type() + " but got " + type);
        }
        return EventJson.fromTree(data, eventType.payload());
    }
}
