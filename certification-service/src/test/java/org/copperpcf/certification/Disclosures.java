package org.copperpcf.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.infra.TopicProbe;

/** DisclosureAccepted events as supplier-service would publish them, sent to pcf.disclosures.v1. */
final class Disclosures {
    private Disclosures() {
    }

    /** An accepted rod-casting disclosure; {@code evidence[i]} are the files line i+1 cites (may be empty). */
    static DisclosureAccepted accepted(UUID supplier, UUID facility, List<List<UUID>> evidence) {
        UUID id = UUID.randomUUID();
        List<DisclosureAccepted.Line> lines = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            lines.add(new DisclosureAccepted.Line(i + 1, "energy", "electricity meter " + (i + 1),
                    new BigDecimal("1000"), "kWh", null, null, "primary", null,
                    evidence.get(i).isEmpty() ? null : evidence.get(i), null));
        }
        List<DisclosureAccepted.Evidence> files = evidence.stream().flatMap(List::stream).distinct()
                .map(e -> new DisclosureAccepted.Evidence(e, "bill-" + e + ".pdf", "application/pdf", 1024,
                        "cd".repeat(32))).toList();
        return new DisclosureAccepted(id, 1, DisclosureAccepted.ACCEPTED, id, 1, null, null, supplier,
                List.of("urn:uscc:91360000000000000X"), new DisclosureAccepted.Facility(facility, "Rod mill 1",
                "CN-JX", "CENTRAL"), "ROD_CASTING", LocalDate.parse("2025-01-01"), LocalDate.parse("2026-01-01"),
                "rod", new DisclosureAccepted.Quantity(new BigDecimal("100000"), "t"), lines, List.of(), List.of(),
                files, List.of(), Instant.parse("2026-02-01T00:00:00Z"), "reviewer", null);
    }

    /** The same disclosure in a later version with another status (superseded, withdrawn). */
    static DisclosureAccepted later(DisclosureAccepted d, long version, String status) {
        return new DisclosureAccepted(d.disclosureId(), version, status, d.seriesId(), d.revision(), d.supersedes(),
                null, d.supplierId(), d.companyIds(), d.facility(), d.process(), d.periodStart(), d.periodEnd(),
                d.product(), d.production(), d.lines(), d.contracts(), d.certificates(), d.evidence(), d.flags(),
                d.acceptedAt(), d.reviewedBy(), d.reviewComment());
    }

    static CloudEvent send(String bootstrapServers, DisclosureAccepted disclosure) {
        CloudEvent event = CloudEvent.create(EventTypes.DISCLOSURE_ACCEPTED, "/supplier-service",
                disclosure.disclosureId().toString(), disclosure);
        new TopicProbe(bootstrapServers).send(Topics.DISCLOSURES, event.subject(), EventJson.write(event));
        return event;
    }
}
