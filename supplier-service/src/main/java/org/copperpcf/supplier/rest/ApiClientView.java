package org.copperpcf.supplier.rest;

import java.time.Instant;
import java.util.UUID;

import org.copperpcf.supplier.ApiClient;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An API client; {@code clientSecret} is present only in the answer to its creation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiClientView(String clientId, UUID supplierId, String name, Instant createdAt, Instant revokedAt,
                            String clientSecret, String tokenUrl) {

    static ApiClientView of(ApiClient client) {
        return new ApiClientView(client.clientId, client.supplierId, client.name, client.createdAt, client.revokedAt,
                null, null);
    }

    static ApiClientView issued(ApiClient client, String secret) {
        return new ApiClientView(client.clientId, client.supplierId, client.name, client.createdAt, null, secret,
                "/auth/token");
    }
}
