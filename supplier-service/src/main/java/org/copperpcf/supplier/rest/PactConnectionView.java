package org.copperpcf.supplier.rest;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A registered PACT connection without its secret, and the outcome of its last pull. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PactConnectionView(UUID supplierId, String baseUrl, String authBaseUrl, String clientId,
                                 String certificatePem, int apiVersion, String pullInterval,
                                 boolean enabled, String product, Instant createdAt, Instant updatedAt,
                                 LastPull lastPull, long version) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LastPull(UUID pullId, Instant at, String outcome, Integer fetched, Integer created,
                           Integer skipped, Integer invalid, String error) {
    }
}
