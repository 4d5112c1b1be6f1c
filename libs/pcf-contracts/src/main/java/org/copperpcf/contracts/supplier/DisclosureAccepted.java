package org.copperpcf.contracts.supplier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The state of an activity-data disclosure that a reviewer accepted, with its full content, keyed by disclosure id
 * on the compacted {@code pcf.disclosures.v1}. One event type carries the whole life after acceptance: a later
 * event for the same disclosure repeats the content with {@code status} {@code superseded} (a correction was
 * accepted; {@code supersededBy} names it) or {@code withdrawn} (the supplier took it back), so the latest record
 * per key alone tells a replica both what was disclosed and whether it still counts.
 *
 * @param disclosureId   the aggregate id and record key
 * @param version        the aggregate version; replicas ignore anything not newer than what they hold
 * @param status         accepted, superseded or withdrawn
 * @param seriesId       the id of the first disclosure of the correction chain this one belongs to
 * @param revision       1 for the first disclosure of a series, +1 for each correction
 * @param supersedes     the disclosure this one corrects, if any
 * @param supersededBy   the accepted correction that replaced this one, when {@code status} is superseded
 * @param supplierId     the disclosing supplier
 * @param companyIds     the supplier's identifiers as URNs (PACT companyIds)
 * @param facility       where the activity took place
 * @param process        the process or route tag, e.g. {@code ELECTROREFINING}
 * @param periodStart    first day of the reporting period (inclusive)
 * @param periodEnd      end of the reporting period (exclusive)
 * @param product        the reference product, e.g. {@code cathode}
 * @param production     production volume in the period
 * @param lines          activity lines: energy, materials, scrap, direct emissions, transport
 * @param contracts      electricity contracts (green-power trading, PPAs)
 * @param certificates   green electricity certificates claimed for the period
 * @param evidence       the evidence files the lines cite, by content hash
 * @param flags          plausibility findings the reviewer saw
 * @param acceptedAt     when the reviewer accepted it
 * @param reviewedBy     who accepted it
 * @param reviewComment  the reviewer's comment, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisclosureAccepted(UUID disclosureId, long version, String status, UUID seriesId, int revision,
                                 UUID supersedes, UUID supersededBy, UUID supplierId, List<String> companyIds,
                                 Facility facility, String process, LocalDate periodStart, LocalDate periodEnd,
                                 String product, Quantity production, List<Line> lines, List<Contract> contracts,
                                 List<Certificate> certificates, List<Evidence> evidence, List<Flag> flags,
                                 Instant acceptedAt, String reviewedBy, String reviewComment) {

    public static final String ACCEPTED = "accepted";
    public static final String SUPERSEDED = "superseded";
    public static final String WITHDRAWN = "withdrawn";

    public record Facility(UUID id, String name, String provinceCode, String gridRegion) {
    }

    public record Quantity(BigDecimal amount, String unit) {
    }

    /**
     * One activity line. {@code scrapKind} is set for scrap (pre_consumer or post_consumer), {@code distanceKm} for
     * transport (whose amount is the mass moved); {@code dataType} is primary, secondary or proxy.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(int lineNo, String category, String item, BigDecimal amount, String unit, String scrapKind,
                       BigDecimal distanceKm, String dataType, Pedigree pedigree, List<UUID> evidenceIds,
                       String note) {
    }

    /** Pedigree-matrix scores, 1 (best) to 5. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Pedigree(Integer reliability, Integer completeness, Integer temporal, Integer geographical,
                           Integer technological) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contract(String contractId, String kind, String counterparty, BigDecimal mwh,
                           String generationType, List<UUID> evidenceIds) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Certificate(String certificateId, BigDecimal mwh, int vintage, String generationType,
                              UUID redemptionEvidenceId) {
    }

    public record Evidence(UUID id, String fileName, String mediaType, long sizeBytes, String sha256) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Flag(String field, String message, String rangeSource) {
    }
}
