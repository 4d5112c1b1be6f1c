package org.copperpcf.factor.rest;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A release without its factors (they are paged under {@code /factors}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReleaseView(UUID id, String name, String status, String description, String basedOn,
                          Instant createdAt, Instant publishedAt, long version, long factorCount) {
}
