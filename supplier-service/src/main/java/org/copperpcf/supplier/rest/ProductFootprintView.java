package org.copperpcf.supplier.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A stored supplier footprint: the PACT v3 document (whose status shows whether it was deprecated), how it arrived,
 * the platform's product code (null when neither named nor inferable) and the version of its last announcement.
 */
public record ProductFootprintView(UUID id, UUID supplierId, String product, long version, String receivedSpecVersion, List<String> mappingNotes,
                                   String createdBy, Instant createdAt, JsonNode footprint) {
}
