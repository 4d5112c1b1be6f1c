package org.copperpcf.inventory.rest;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A version in a list: what it is, without the exchanges. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelSummary(String kind, String key, int version, String status, String nameEn, String nameZh,
                           String product, String route, String stage, String geography, String dataset,
                           Instant publishedAt, String contentHash) {
}
