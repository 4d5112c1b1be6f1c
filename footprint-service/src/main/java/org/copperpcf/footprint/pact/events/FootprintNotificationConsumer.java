package org.copperpcf.footprint.pact.events;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.copperpcf.contracts.EventTypes;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads footprint-service's own {@code pcf.footprints.v1} in a consumer group of its own
 * ({@code footprint-service.pact-notifications}), a poll's records at a time, and has partners told about the new
 * versions ({@link PublishedNotifications}). Nothing is added to the recalculation's transaction: a wave of
 * thousands of versions a second costs it nothing, and this consumer reads only each event's {@code id},
 * {@code type} and {@code data.versionId}, with a streaming parser, and writes nothing while no partner asked to be
 * notified. The group starts at the topic's end: partners hear of versions published from then on, not the history.
 */
@ApplicationScoped
public class FootprintNotificationConsumer {
    private static final JsonFactory JSON = new JsonFactory();

    private final PublishedNotifications notifications;

    public FootprintNotificationConsumer(PublishedNotifications notifications) {
        this.notifications = notifications;
    }

    @Incoming("pact-notify")
    @Blocking(ordered = true)
    @Retry(maxRetries = 5, delay = 200)
    @ExponentialBackoff
    public void onRecords(List<String> values) {
        List<PublishedNotifications.NewVersion> versions = new ArrayList<>(values.size());
        for (String value : values) {
            PublishedNotifications.NewVersion version = newVersion(value);
            if (version != null) {
                versions.add(version);
            }
        }
        int events = notifications.announce(versions);
        if (events > 0) {
            Log.debugf("PACT notifications: %d footprint version(s), %d PublishedEvent(s) queued", versions.size(),
                    events);
        }
    }

    /** The event id and {@code data.versionId} of a FootprintPublished record; null for anything else. */
    static PublishedNotifications.NewVersion newVersion(String value) {
        String id = null;
        String type = null;
        String versionId = null;
        try (JsonParser parser = JSON.createParser(value)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken token = parser.nextToken();
                if (field.equals("id") && token == JsonToken.VALUE_STRING) {
                    id = parser.getText();
                } else if (field.equals("type") && token == JsonToken.VALUE_STRING) {
                    type = parser.getText();
                } else if (field.equals("data") && token == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String dataField = parser.currentName();
                        JsonToken dataToken = parser.nextToken();
                        if (dataField.equals("versionId") && dataToken == JsonToken.VALUE_STRING) {
                            versionId = parser.getText();
                        } else {
                            parser.skipChildren();
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            Log.warnf("PACT notifications: a record of pcf.footprints.v1 is not JSON; skipped (%s)", e.getMessage());
            return null;
        }
        if (id == null || versionId == null || !EventTypes.FOOTPRINT_PUBLISHED.type().equals(type)) {
            return null;
        }
        try {
            return new PublishedNotifications.NewVersion(UUID.fromString(id), UUID.fromString(versionId));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
