package org.copperpcf.supplier.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A registered supplier; {@code companyIds} are the URNs to use as PACT companyIds. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupplierView(UUID id, String nameEn, String nameZh, String uscc, List<String> identifiers,
                           List<String> companyIds, Instant createdAt, long version) {
}
