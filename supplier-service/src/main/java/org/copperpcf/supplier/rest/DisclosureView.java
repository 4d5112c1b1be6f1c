package org.copperpcf.supplier.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A disclosure as its supplier and its reviewers see it, review comments and plausibility flags included. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisclosureView(UUID id, UUID supplierId, UUID facilityId, UUID seriesId, int revision, UUID supersedes,
                             UUID supersededBy, String status, String process, LocalDate periodStart,
                             LocalDate periodEnd, String product, DisclosureRequest.Quantity production,
                             List<DisclosureRequest.Line> lines, List<DisclosureRequest.Contract> electricityContracts,
                             List<DisclosureRequest.Certificate> greenCertificates, List<Flag> flags,
                             String reviewComment, String reviewedBy, Instant reviewedAt, Instant submittedAt,
                             String createdBy, Instant createdAt, Instant updatedAt, long version) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Flag(String field, String message, String rangeSource) {
    }
}
