package org.copperpcf.supplier.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The content of an activity-data disclosure, as a supplier pushes it and as it is shown back. Amounts are totals
 * for the reporting period; {@code periodEnd} is exclusive. Every field is checked by the service, which names each
 * invalid one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisclosureRequest(UUID facilityId, String process, LocalDate periodStart, LocalDate periodEnd,
                                String product, Quantity production, List<Line> lines,
                                List<Contract> electricityContracts, List<Certificate> greenCertificates) {

    public record Quantity(BigDecimal amount, String unit) {
    }

    /**
     * An activity line: energy by carrier, a material, scrap ({@code scrapKind} pre_consumer or post_consumer), a
     * direct process emission, or inbound transport (amount = tonnes moved, with {@code distanceKm}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(String category, String item, BigDecimal amount, String unit, String scrapKind,
                       BigDecimal distanceKm, String dataType, Pedigree pedigree, List<UUID> evidenceIds,
                       String note) {
    }

    /** Pedigree-matrix scores, 1 (best) to 5. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Pedigree(Integer reliability, Integer completeness, Integer temporal, Integer geographical,
                           Integer technological) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contract(String contractId, String kind, String counterparty, BigDecimal mwh, String generationType,
                           List<UUID> evidenceIds) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Certificate(String certificateId, BigDecimal mwh, Integer vintage, String generationType,
                              UUID redemptionEvidenceId) {
    }

    public List<Line> linesOrEmpty() {
        return lines == null ? List.of() : lines;
    }

    public List<Contract> contractsOrEmpty() {
        return electricityContracts == null ? List.of() : electricityContracts;
    }

    public List<Certificate> certificatesOrEmpty() {
        return greenCertificates == null ? List.of() : greenCertificates;
    }
}
