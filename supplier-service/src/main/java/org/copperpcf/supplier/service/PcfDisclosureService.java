package org.copperpcf.supplier.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.kit.audit.AuditChange;
import org.copperpcf.kit.audit.AuditTrail;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.supplier.PcfDisclosure;
import org.copperpcf.supplier.model.DisclosureStatus;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The review of pulled PACT footprints, as for activity-data disclosures: submitted → accepted or rejected. Only
 * acceptance stores the footprint as the supplier's and announces it, through the push import's own path
 * ({@link ProductFootprintService#store}), predecessors deprecated included.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class PcfDisclosureService {
    private final ProductFootprintService footprints;
    private final AuditTrail audit;

    public PcfDisclosureService(ProductFootprintService footprints, AuditTrail audit) {
        this.footprints = footprints;
        this.audit = audit;
    }

    public PcfDisclosure accept(UUID supplierId, UUID id, String comment, String reviewer) {
        PcfDisclosure disclosure = submitted(supplierId, id, "accepted");
        review(disclosure, DisclosureStatus.ACCEPTED, comment, reviewer);
        PcfDisclosure.flush();
        audited("pcf-disclosure-accepted", disclosure);
        footprints.store(supplierId, new ProductFootprintService.Prepared(EventJson.readTree(disclosure.document),
                disclosure.receivedSpec, List.of(disclosure.mappingNotes), List.of()), disclosure.product, reviewer);
        Log.infof("PCF disclosure %s (PACT footprint %s of supplier %s) accepted by %s", id, disclosure.pactId,
                supplierId, reviewer);
        return disclosure;
    }

    public PcfDisclosure reject(UUID supplierId, UUID id, String reason, String reviewer) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "a rejection needs a reason the supplier can act on");
        }
        PcfDisclosure disclosure = submitted(supplierId, id, "rejected");
        review(disclosure, DisclosureStatus.REJECTED, reason, reviewer);
        PcfDisclosure.flush();
        audited("pcf-disclosure-rejected", disclosure);
        return disclosure;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<PcfDisclosure> find(UUID supplierId, UUID id) {
        return PcfDisclosure.<PcfDisclosure>findByIdOptional(id).filter(d -> d.supplierId.equals(supplierId));
    }

    /** The content hash is of the partner's PACT document that was reviewed; the decision is the action. */
    private void audited(String action, PcfDisclosure disclosure) {
        audit.record(AuditChange.of(action, "pcf-disclosure", disclosure.id, disclosure.version, null,
                EventJson.readTree(disclosure.document)).forSupplier(disclosure.supplierId));
    }

    private PcfDisclosure submitted(UUID supplierId, UUID id, String becoming) {
        PcfDisclosure disclosure = find(supplierId, id)
                .orElseThrow(() -> ProblemException.notFound("PCF disclosure", id));
        if (disclosure.status != DisclosureStatus.SUBMITTED) {
            throw ProblemException.conflict("INVALID_TRANSITION", "only a submitted PCF disclosure can be "
                    + becoming + "; " + id + " is " + disclosure.status.code());
        }
        return disclosure;
    }

    private static void review(PcfDisclosure disclosure, DisclosureStatus status, String comment, String reviewer) {
        disclosure.status = status;
        disclosure.reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
        disclosure.reviewedBy = reviewer;
        disclosure.reviewedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
