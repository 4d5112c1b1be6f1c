package org.copperpcf.supplier.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** A stored supplier footprint: the PACT v3 document and how it arrived. */
public record ProductFootprintView(UUID id, UUID supplierId, String receivedSpecVersion, List<String> mappingNotes,
                                   String createdBy, Instant createdAt, JsonNode footprint) {
}
