package org.copperpcf.supplier.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A pulled PACT footprint under review: where it came from (its URL on the partner's host, the pull), what the v2
 * mapping changed, flags for the reviewer, the review, and the v3 document itself.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PcfDisclosureView(UUID id, UUID supplierId, UUID pfId, String status, String product,
                                String receivedSpecVersion, List<String> mappingNotes, List<String> flags,
                                Partner partner, String reviewComment, String reviewedBy, Instant reviewedAt,
                                Instant createdAt, long version, JsonNode footprint) {

    public record Partner(String sourceUrl, UUID pullId, Instant pulledAt) {
    }
}
