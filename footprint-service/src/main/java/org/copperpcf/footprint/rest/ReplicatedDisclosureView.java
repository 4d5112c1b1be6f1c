package org.copperpcf.footprint.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.copperpcf.footprint.replica.ReplicatedDisclosure;

/** A replicated supplier disclosure with the bookkeeping that shows how it arrived. */
public record ReplicatedDisclosureView(UUID disclosureId, long version, String status, UUID seriesId, int revision,
                                       UUID supersedes, UUID supersededBy, UUID supplierId, List<String> companyIds,
                                       UUID facilityId, String facilityName, String provinceCode, String gridRegion,
                                       String process, LocalDate periodStart, LocalDate periodEnd, String product,
                                       BigDecimal productionAmount, String productionUnit, List<Line> lines,
                                       List<Certificate> certificates, List<String> evidenceSha256,
                                       Instant acceptedAt, String reviewedBy, UUID lastEventId, int receivedEvents,
                                       Instant updatedAt) {

    public record Line(int lineNo, String category, String item, BigDecimal amount, String unit, String scrapKind,
                       BigDecimal distanceKm, String dataType) {
    }

    public record Certificate(String certificateId, BigDecimal mwh, int vintage, String generationType) {
    }

    static ReplicatedDisclosureView of(ReplicatedDisclosure d) {
        return new ReplicatedDisclosureView(d.disclosureId, d.version, d.status, d.seriesId, d.revision,
                d.supersedesId, d.supersededById, d.supplierId, List.of(d.companyIds), d.facilityId, d.facilityName,
                d.provinceCode, d.gridRegion, d.process, d.periodStart, d.periodEnd, d.product, d.productionAmount,
                d.productionUnit,
                d.lines.stream().map(l -> new Line(l.lineNo, l.category, l.item, l.amount, l.unit, l.scrapKind,
                        l.distanceKm, l.dataType)).toList(),
                d.certificates.stream().map(c -> new Certificate(c.certificateId, c.mwh, c.vintage,
                        c.generationType)).toList(),
                List.of(d.evidenceSha256), d.acceptedAt, d.reviewedBy, d.lastEventId, d.receivedEvents, d.updatedAt);
    }
}
