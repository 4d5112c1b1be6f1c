package org.copperpcf.supplier.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.copperpcf.kit.problem.Violation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one pull from a supplier's PACT host did. {@code outcome}: succeeded, partial (the partner failed midway; the
 * footprints before stay) or failed (nothing fetched); {@code error} is the partner's answer or why it was not reached.
 * Each footprint is created (a PCF disclosure pending review), known (seen before by id, skipped), invalid (named
 * per field, not stored), not-found (an announced id the partner does not serve) or failed (stored nothing).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PullReport(UUID pullId, UUID supplierId, String trigger, String partner, Instant startedAt,
                         Instant finishedAt, String outcome, int fetched, int created, int skipped, int invalid,
                         List<Item> footprints, String error) {

    public static final String SUCCEEDED = "succeeded";
    public static final String PARTIAL = "partial";
    public static final String FAILED = "failed";

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Item(String pfId, String result, UUID disclosureId, List<Violation> violations) {
        public static final String CREATED = "created";
        public static final String KNOWN = "known";
        public static final String INVALID = "invalid";
        public static final String NOT_FOUND = "not-found";
        public static final String ITEM_FAILED = "failed";
    }
}
