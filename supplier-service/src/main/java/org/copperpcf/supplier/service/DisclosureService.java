package org.copperpcf.supplier.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.contracts.supplier.EvidenceFilePublished;
import org.copperpcf.kit.audit.AuditChange;
import org.copperpcf.kit.audit.AuditTrail;
import org.copperpcf.kit.outbox.Outbox;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;
import org.copperpcf.supplier.Disclosure;
import org.copperpcf.supplier.Evidence;
import org.copperpcf.supplier.Facility;
import org.copperpcf.supplier.PlausibilityFlag;
import org.copperpcf.supplier.Supplier;
import org.copperpcf.supplier.mapping.DisclosureMapper;
import org.copperpcf.supplier.model.DisclosureStatus;
import org.copperpcf.supplier.rest.DisclosureRequest;
import org.copperpcf.supplier.rest.DisclosureView;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The disclosure workflow: draft (editable) → submitted (frozen) → accepted or rejected by a reviewer. A correction
 * is a new draft of the same series superseding an earlier version; it replaces it when accepted. Accepting,
 * superseding an accepted one and withdrawing an accepted one each put the full state in the outbox.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class DisclosureService {
    static final String SOURCE = "/supplier-service";

    private final DisclosureRules rules;
    private final DisclosureMapper mapper;
    private final SupplierService suppliers;
    private final Outbox outbox;
    private final AuditTrail audit;

    public DisclosureService(DisclosureMapper mapper, SupplierService suppliers, Outbox outbox, AuditTrail audit) {
        this.audit = audit;
        this.rules = new DisclosureRules(PlausibilityRanges.load());
        this.mapper = mapper;
        this.suppliers = suppliers;
        this.outbox = outbox;
    }

    public Disclosure create(UUID supplierId, DisclosureRequest request, String author) {
        requireSupplier(supplierId);
        Disclosure disclosure = new Disclosure();
        disclosure.id = UUID.randomUUID();
        disclosure.seriesId = disclosure.id;
        disclosure.revision = 1;
        return audited("disclosure-created", null, persistDraft(disclosure, supplierId, request, author));
    }

    /** A new draft in {@code previousId}'s series that will supersede it once accepted. */
    public Disclosure correct(UUID supplierId, UUID previousId, DisclosureRequest request, String author) {
        Disclosure previous = owned(supplierId, previousId);
        if (previous.status == DisclosureStatus.DRAFT) {
            throw ProblemException.conflict("DISCLOSURE_IS_DRAFT", "a draft is edited with PUT, not corrected");
        }
        if (previous.status == DisclosureStatus.SUPERSEDED || previous.status == DisclosureStatus.WITHDRAWN
                || Disclosure.count("supersedesId", previous.id) > 0) {
            throw ProblemException.conflict("NOT_LATEST_VERSION", "disclosure " + previousId + " is "
                    + previous.status.code() + " or already has a correction; correct the latest version");
        }
        Disclosure correction = new Disclosure();
        correction.id = UUID.randomUUID();
        correction.seriesId = previous.seriesId;
        correction.revision = previous.revision + 1;
        correction.supersedesId = previous.id;
        return audited("disclosure-corrected", null, persistDraft(correction, supplierId, request, author));
    }

    /** Replaces a draft's content; {@code expectedVersion} is the ETag the client read. */
    public Disclosure update(UUID supplierId, UUID id, long expectedVersion, DisclosureRequest request) {
        Disclosure draft = owned(supplierId, id);
        if (draft.status != DisclosureStatus.DRAFT) {
            throw ProblemException.conflict("DISCLOSURE_FROZEN", "disclosure " + id + " is " + draft.status.code()
                    + " and can no longer change; create a correction instead");
        }
        if (draft.version != expectedVersion) {
            throw new ProblemException(412, "STALE_VERSION", "Precondition failed", "the disclosure is at version "
                    + draft.version + ", not " + expectedVersion + "; read it again");
        }
        check(supplierId, request);
        DisclosureView before = mapper.toView(draft);
        mapper.fill(draft, request);
        Disclosure.flush();
        releaseDroppedClaims(draft);
        claimCertificates(draft, request);
        setFlags(draft, request);
        draft.updatedAt = now();
        return audited("disclosure-updated", before, draft);
    }

    public Disclosure submit(UUID supplierId, UUID id) {
        Disclosure disclosure = owned(supplierId, id);
        requireStatus(disclosure, DisclosureStatus.DRAFT, "submitted");
        DisclosureView before = mapper.toView(disclosure);
        disclosure.status = DisclosureStatus.SUBMITTED;
        disclosure.submittedAt = now();
        disclosure.updatedAt = disclosure.submittedAt;
        return audited("disclosure-submitted", before, disclosure);
    }

    public Disclosure accept(UUID supplierId, UUID id, String comment, String reviewer) {
        Disclosure disclosure = owned(supplierId, id);
        requireStatus(disclosure, DisclosureStatus.SUBMITTED, "accepted");
        DisclosureView before = mapper.toView(disclosure);
        review(disclosure, DisclosureStatus.ACCEPTED, comment, reviewer);
        Disclosure superseded = null;
        if (disclosure.supersedesId != null) {
            Disclosure previous = Disclosure.findById(disclosure.supersedesId);
            DisclosureView previousBefore = mapper.toView(previous);
            boolean wasAccepted = previous.status == DisclosureStatus.ACCEPTED;
            previous.status = DisclosureStatus.SUPERSEDED;
            previous.supersededById = disclosure.id;
            previous.updatedAt = disclosure.updatedAt;
            audited("disclosure-superseded", previousBefore, previous);
            if (wasAccepted) {
                superseded = previous;
            }
        }
        Disclosure.flush();
        publish(disclosure, DisclosureAccepted.ACCEPTED);
        if (superseded != null) {
            publish(superseded, DisclosureAccepted.SUPERSEDED);
        }
        Log.infof("Disclosure %s (series %s rev %d) accepted by %s", id, disclosure.seriesId, disclosure.revision,
                reviewer);
        return audited("disclosure-accepted", before, disclosure);
    }

    public Disclosure reject(UUID supplierId, UUID id, String reason, String reviewer) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "a rejection needs a reason the supplier can act on");
        }
        Disclosure disclosure = owned(supplierId, id);
        requireStatus(disclosure, DisclosureStatus.SUBMITTED, "rejected");
        DisclosureView before = mapper.toView(disclosure);
        review(disclosure, DisclosureStatus.REJECTED, reason, reviewer);
        return audited("disclosure-rejected", before, disclosure);
    }

    /** Takes a submitted or accepted disclosure back; an accepted one is announced as withdrawn. */
    public Disclosure withdraw(UUID supplierId, UUID id) {
        Disclosure disclosure = owned(supplierId, id);
        if (disclosure.status != DisclosureStatus.SUBMITTED && disclosure.status != DisclosureStatus.ACCEPTED) {
            throw ProblemException.conflict("INVALID_TRANSITION", "a " + disclosure.status.code()
                    + " disclosure cannot be withdrawn");
        }
        boolean wasAccepted = disclosure.status == DisclosureStatus.ACCEPTED;
        DisclosureView before = mapper.toView(disclosure);
        disclosure.status = DisclosureStatus.WITHDRAWN;
        disclosure.updatedAt = now();
        Disclosure.flush();
        if (wasAccepted) {
            publish(disclosure, DisclosureAccepted.WITHDRAWN);
        }
        boolean seriesActive = Disclosure.count("seriesId = ?1 and status in ?2", disclosure.seriesId,
                List.of(DisclosureStatus.DRAFT, DisclosureStatus.SUBMITTED, DisclosureStatus.ACCEPTED)) > 0;
        if (!seriesActive) {
            em().createNativeQuery("delete from certificate_claim where series_id = ?1")
                    .setParameter(1, disclosure.seriesId).executeUpdate();
        }
        return audited("disclosure-withdrawn", before, disclosure);
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Disclosure> find(UUID supplierId, UUID id) {
        return Disclosure.<Disclosure>findByIdOptional(id).filter(d -> d.supplierId.equals(supplierId));
    }

    @Transactional(TxType.SUPPORTS)
    public List<Disclosure> history(UUID supplierId, UUID id) {
        Disclosure disclosure = owned(supplierId, id);
        return Disclosure.series(disclosure.seriesId);
    }

    private Disclosure persistDraft(Disclosure disclosure, UUID supplierId, DisclosureRequest request, String author) {
        check(supplierId, request);
        disclosure.supplierId = supplierId;
        disclosure.status = DisclosureStatus.DRAFT;
        disclosure.createdBy = author;
        disclosure.createdAt = now();
        disclosure.updatedAt = disclosure.createdAt;
        mapper.fill(disclosure, request);
        setFlags(disclosure, request);
        disclosure.persist();
        Disclosure.flush();
        claimCertificates(disclosure, request);
        return disclosure;
    }

    /** Content rules, then the references only the database can check: facility, route and evidence. */
    private void check(UUID supplierId, DisclosureRequest request) {
        List<Violation> violations = violations(supplierId, request);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    /** Every reason {@code request} cannot be stored for {@code supplierId}, without writing anything. */
    @Transactional(TxType.SUPPORTS)
    public List<Violation> violations(UUID supplierId, DisclosureRequest request) {
        List<Violation> violations = new ArrayList<>(rules.violations(request, LocalDate.now(ZoneOffset.UTC)));
        if (request.facilityId() != null) {
            Facility facility = Facility.findById(request.facilityId());
            if (facility == null || !facility.supplierId.equals(supplierId)) {
                violations.add(new Violation("facilityId", "no facility " + request.facilityId()
                        + " of this supplier"));
            } else if (request.process() != null && !Arrays.asList(facility.routes).contains(request.process())) {
                violations.add(new Violation("process", "facility " + facility.name + " does not operate "
                        + request.process() + " (it operates " + String.join(", ", facility.routes) + ")"));
            }
        }
        Set<UUID> cited = DisclosureMapper.evidenceIds(request);
        Set<UUID> known = new HashSet<>();
        for (Evidence evidence : Evidence.byIds(cited)) {
            if (evidence.supplierId.equals(supplierId)) {
                known.add(evidence.id);
            }
        }
        List<DisclosureRequest.Line> lines = request.linesOrEmpty();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) != null) {
                evidence("lines[" + i + "].evidenceIds", lines.get(i).evidenceIds(), known, violations);
            }
        }
        List<DisclosureRequest.Contract> contracts = request.contractsOrEmpty();
        for (int i = 0; i < contracts.size(); i++) {
            if (contracts.get(i) != null) {
                evidence("electricityContracts[" + i + "].evidenceIds", contracts.get(i).evidenceIds(), known,
                        violations);
            }
        }
        List<DisclosureRequest.Certificate> certificates = request.certificatesOrEmpty();
        for (int i = 0; i < certificates.size(); i++) {
            UUID redemption = certificates.get(i) == null ? null : certificates.get(i).redemptionEvidenceId();
            if (redemption != null && !known.contains(redemption)) {
                violations.add(new Violation("greenCertificates[" + i + "].redemptionEvidenceId",
                        "no evidence " + redemption + " of this supplier"));
            }
        }
        return violations;
    }

    private static void evidence(String field, List<UUID> ids, Set<UUID> known, List<Violation> violations) {
        if (ids == null) {
            return;
        }
        for (int j = 0; j < ids.size(); j++) {
            if (ids.get(j) == null || !known.contains(ids.get(j))) {
                violations.add(new Violation(field + "[" + j + "]", "no evidence " + ids.get(j)
                        + " of this supplier"));
            }
        }
    }

    /**
     * Claims each certificate for this disclosure's series. The claim table's primary key decides between concurrent
     * claims: the second insert waits for the first transaction and then finds the certificate taken.
     */
    private void claimCertificates(Disclosure disclosure, DisclosureRequest request) {
        List<DisclosureRequest.Certificate> certificates = request.certificatesOrEmpty();
        List<Violation> taken = new ArrayList<>();
        EntityManager em = em();
        for (int i = 0; i < certificates.size(); i++) {
            String certificateId = certificates.get(i).certificateId();
            em.createNativeQuery("insert into certificate_claim (certificate_id, series_id, disclosure_id, "
                            + "supplier_id, claimed_at) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                    .setParameter(1, certificateId).setParameter(2, disclosure.seriesId)
                    .setParameter(3, disclosure.id).setParameter(4, disclosure.supplierId)
                    .setParameter(5, disclosure.updatedAt)
                    .executeUpdate();
            Object[] claim = (Object[]) em.createNativeQuery("select series_id, disclosure_id, claimed_at "
                            + "from certificate_claim where certificate_id = ?1")
                    .setParameter(1, certificateId).getSingleResult();
            if (!disclosure.seriesId.equals(claim[0])) {
                taken.add(new Violation("greenCertificates[" + i + "].certificateId", "certificate " + certificateId
                        + " was already claimed by disclosure " + claim[1] + " on " + claim[2]));
            }
        }
        if (!taken.isEmpty()) {
            throw new ProblemException(409, "CERTIFICATE_ALREADY_CLAIMED", "Green certificate already claimed",
                    taken.size() + " certificate(s) are claimed by another disclosure; a certificate counts once",
                    taken);
        }
    }

    /** Frees the claims a draft no longer makes, unless another version of its series still names them. */
    private void releaseDroppedClaims(Disclosure draft) {
        em().createNativeQuery("delete from certificate_claim c where c.series_id = ?1 and not exists ("
                        + "select 1 from disclosure_certificate dc join disclosure d on d.id = dc.disclosure_id "
                        + "where d.series_id = ?1 and dc.certificate_id = c.certificate_id)")
                .setParameter(1, draft.seriesId).executeUpdate();
    }

    private void setFlags(Disclosure disclosure, DisclosureRequest request) {
        disclosure.flags.clear();
        for (PlausibilityFlag flag : rules.flags(request)) {
            disclosure.flags.add(flag);
        }
    }

    private void review(Disclosure disclosure, DisclosureStatus status, String comment, String reviewer) {
        disclosure.status = status;
        disclosure.reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
        disclosure.reviewedBy = reviewer;
        disclosure.reviewedAt = now();
        disclosure.updatedAt = disclosure.reviewedAt;
    }

    private void publish(Disclosure disclosure, String status) {
        Supplier supplier = Supplier.findById(disclosure.supplierId);
        Facility facility = Facility.findById(disclosure.facilityId);
        List<Evidence> evidence = Evidence.byIds(DisclosureMapper.evidenceIds(disclosure));
        DisclosureAccepted payload = mapper.toEvent(disclosure, status, suppliers.companyIds(supplier), facility,
                evidence);
        outbox.add(Topics.DISCLOSURES, CloudEvent.create(EventTypes.DISCLOSURE_ACCEPTED, SOURCE,
                disclosure.id.toString(), payload));
        if (DisclosureAccepted.ACCEPTED.equals(status)) {
            publishEvidence(disclosure, evidence);
        }
    }

    /**
     * The files an accepted disclosure cites, in parts, for the audit bundles of the footprints that use it. Only
     * acceptance makes them public: evidence of a disclosure never accepted stays with the supplier. A file cited
     * by several accepted disclosures goes again each time; its consumers keep the first copy.
     */
    private void publishEvidence(Disclosure disclosure, List<Evidence> evidence) {
        List<CloudEvent> parts = new ArrayList<>();
        for (Evidence file : evidence) {
            for (EvidenceFilePublished part : EvidenceFilePublished.partsOf(file.id, file.supplierId,
                    disclosure.id, file.fileName, file.mediaType, file.sha256, file.content)) {
                parts.add(CloudEvent.create(EventTypes.EVIDENCE_FILE_PUBLISHED, SOURCE, part.key(), part));
            }
        }
        outbox.add(Topics.EVIDENCE, parts);
    }

    /**
     * Records a disclosure change; the content hashes are of the API view, which includes the lines, contracts and
     * claimed certificates, so a certificate claim or release is covered by the disclosure's entry.
     */
    private Disclosure audited(String action, DisclosureView before, Disclosure after) {
        Disclosure.flush();
        audit.record(AuditChange.of(action, "disclosure", after.id, after.version, before, mapper.toView(after))
                .forSupplier(after.supplierId));
        return after;
    }

    private Disclosure owned(UUID supplierId, UUID id) {
        return find(supplierId, id).orElseThrow(() -> ProblemException.notFound("disclosure", id));
    }

    private static void requireSupplier(UUID supplierId) {
        if (Supplier.findById(supplierId) == null) {
            throw ProblemException.notFound("supplier", supplierId);
        }
    }

    private static void requireStatus(Disclosure disclosure, DisclosureStatus required, String becoming) {
        if (disclosure.status != required) {
            throw ProblemException.conflict("INVALID_TRANSITION", "only a " + required.code() + " disclosure can be "
                    + becoming + "; " + disclosure.id + " is " + disclosure.status.code());
        }
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
