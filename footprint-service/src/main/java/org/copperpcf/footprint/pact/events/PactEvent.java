package org.copperpcf.footprint.pact.events;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A valid PACT CloudEvent as received on {@code /<apiVersion>/events} ({@link PactEventReader}).
 *
 * @param pfIds    the announced footprint ids ({@link PactEventKind#PUBLISHED}; empty otherwise)
 * @param criteria the requested footprints' filter, as {@code GET /3/footprints} takes it: name → values, repeated
 *                 values OR, different names AND ({@link PactEventKind#REQUEST_CREATED}; empty otherwise)
 * @param replyUrl where the answer to a request goes: the {@code source}, on https, ending in
 *                 {@code /<apiVersion>/events} ({@link PactEventKind#REQUEST_CREATED}; empty otherwise)
 */
public record PactEvent(int apiVersion, PactEventKind kind, String id, String source, Instant time,
                        ObjectNode body, List<UUID> pfIds, Map<String, List<String>> criteria,
                        Optional<URI> replyUrl) {

    public JsonNode data() {
        return body.path("data");
    }
}
