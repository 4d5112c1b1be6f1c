package org.copperpcf.certification.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.certification.model.ApplicationFinding;
import org.copperpcf.certification.model.Certificate;
import org.copperpcf.certification.model.CertificationApplication;
import org.copperpcf.certification.model.CriteriaSet;
import org.copperpcf.certification.model.Evaluation;
import org.copperpcf.certification.model.EvidenceSample;
import org.copperpcf.certification.model.ReplicatedFootprintVersion;
import org.copperpcf.certification.model.SampleCheck;
import org.copperpcf.certification.model.SampleItem;
import org.copperpcf.certification.rest.CertificationRequests;
import org.copperpcf.certification.rest.CertificationViews.ApplicationView;
import org.copperpcf.certification.rest.CertificationViews.FindingView;
import org.copperpcf.certification.rest.EvaluationRequest;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.kit.audit.AuditChange;
import org.copperpcf.kit.audit.AuditTrail;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;
import org.copperpcf.kit.security.SupplierScope;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The certification workflow (CNCA-CFP-00 steps application, review, decision): applications, review assignment,
 * findings, the evaluation recorded on the application and the decision, which issues the certificate on a grant.
 * Every state change is appended to the audit trail in the same transaction, scoped to the holder supplier.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class ApplicationService {
    static final String APPLICATION = "certification-application";
    static final String FINDING = "application-finding";

    private final SupplierScope scope;
    private final AuditTrail audit;
    private final EvaluationService evaluations;
    private final CertificateService certificates;

    public ApplicationService(SupplierScope scope, AuditTrail audit, EvaluationService evaluations,
                              CertificateService certificates) {
        this.scope = scope;
        this.audit = audit;
        this.evaluations = evaluations;
        this.certificates = certificates;
    }

    /**
     * Files an application for a replicated footprint version whose producer is the caller (a supplier) or anyone
     * (an admin filing on a supplier's behalf).
     */
    public CertificationApplication apply(CertificationRequests.Application request, String actor) {
        ReplicatedFootprintVersion replica = ReplicatedFootprintVersion
                .<ReplicatedFootprintVersion>find("footprintId = ?1 and version = ?2", request.footprintId(),
                        request.version())
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("footprint version",
                        request.footprintId() + " v" + request.version()));
        FootprintPublished footprint = FootprintReplicaService.content(replica);
        if (footprint.specification() == null || footprint.specification().producer() == null
                || footprint.specification().producer().supplierId() == null) {
            throw new ProblemException(422, "NO_PRODUCER", "Footprint has no producer",
                    "footprint " + replica.footprintId + " v" + replica.version + " is an industry average; only a "
                            + "producer's footprint can be certified",
                    List.of(new Violation("footprintId", "names no producer (specification.producer)")));
        }
        UUID holder = footprint.specification().producer().supplierId();
        scope.requireAccessTo(holder);
        CriteriaSet set = CriteriaSet.find(request.criteriaSetKey(), request.criteriaSetVersion())
                .orElseThrow(() -> ProblemException.notFound("criteria set",
                        request.criteriaSetKey() + " v" + request.criteriaSetVersion()));
        if (!set.product.equals(replica.product)) {
            throw new ProblemException(422, "PRODUCT_MISMATCH", "Criteria set is for another product",
                    "criteria set " + set.key + " v" + set.version + " is for " + set.product + ", footprint "
                            + replica.footprintId + " is " + replica.product,
                    List.of(new Violation("criteriaSetKey", "is for " + set.product + ", not " + replica.product)));
        }
        if (CertificationApplication.count("footprintVersionId = ?1 and criteriaSetId = ?2 and status in ?3",
                replica.versionId, set.id, List.of(CertificationApplication.SUBMITTED,
                        CertificationApplication.UNDER_REVIEW)) > 0) {
            throw ProblemException.conflict("APPLICATION_OPEN", "an application for footprint " + replica.footprintId
                    + " v" + replica.version + " against " + set.key + " v" + set.version + " is open already");
        }
        CertificationApplication a = new CertificationApplication();
        a.id = UUID.randomUUID();
        a.footprintId = replica.footprintId;
        a.footprintVersion = replica.version;
        a.footprintVersionId = replica.versionId;
        a.resultHash = replica.resultHash;
        a.product = replica.product;
        a.criteriaSetId = set.id;
        a.criteriaSetKey = set.key;
        a.criteriaSetVersion = set.version;
        a.holderSupplierId = holder;
        a.holderFacilityId = footprint.specification().producer().facilityId();
        a.contact = EventJson.toJson(request.contact());
        a.status = CertificationApplication.SUBMITTED;
        a.applicant = actor;
        a.submittedAt = Instant.now();
        a.persist();
        recordApplication("certification-applied", a, null);
        Log.infof("Application %s: %s for footprint %s v%d against %s v%d", a.id, actor, a.footprintId,
                a.footprintVersion, a.criteriaSetKey, a.criteriaSetVersion);
        return a;
    }

    /** The application if the caller may read it: certifiers and admins all, a supplier its own (else 403). */
    @Transactional(TxType.SUPPORTS)
    public Optional<CertificationApplication> find(UUID id) {
        Optional<CertificationApplication> found = CertificationApplication.findByIdOptional(id);
        found.ifPresent(a -> scope.requireAccessTo(a.holderSupplierId));
        return found;
    }

    /** Assigns {@code reviewer} and starts the review (document review, sampling, evaluation, findings). */
    public CertificationApplication startReview(UUID id, String reviewer) {
        CertificationApplication a = existing(id);
        requireStatus(a, CertificationApplication.SUBMITTED, "start a review");
        ApplicationView before = view(a);
        a.status = CertificationApplication.UNDER_REVIEW;
        a.reviewer = reviewer;
        a.reviewStartedAt = Instant.now();
        recordApplication("certification-review-started", a, before);
        return a;
    }

    /** The applicant (its supplier) or an admin takes the application back before the decision. */
    public CertificationApplication withdraw(UUID id) {
        CertificationApplication a = existing(id);
        scope.requireAccessTo(a.holderSupplierId);
        if (!CertificationApplication.SUBMITTED.equals(a.status)
                && !CertificationApplication.UNDER_REVIEW.equals(a.status)) {
            throw ProblemException.conflict("APPLICATION_CLOSED",
                    "application " + id + " is " + a.status + " and can no longer be withdrawn");
        }
        ApplicationView before = view(a);
        a.status = CertificationApplication.WITHDRAWN;
        a.withdrawnAt = Instant.now();
        recordApplication("certification-withdrawn", a, before);
        return a;
    }

    public ApplicationFinding raiseFinding(UUID id, CertificationRequests.Finding request, String actor) {
        CertificationApplication a = underReview(id, "raise a finding");
        ApplicationFinding f = new ApplicationFinding();
        f.id = UUID.randomUUID();
        f.applicationId = a.id;
        f.severity = request.severity();
        f.clause = request.clause();
        f.text = request.text();
        f.raisedBy = actor;
        f.raisedAt = Instant.now();
        f.persist();
        audit.record(AuditChange.of("finding-raised", FINDING, f.id, null, null, FindingView.of(f))
                .forSupplier(a.holderSupplierId));
        return f;
    }

    public ApplicationFinding closeFinding(UUID id, UUID findingId, CertificationRequests.CloseFinding request,
                                           String actor) {
        CertificationApplication a = underReview(id, "close a finding");
        ApplicationFinding f = ApplicationFinding.<ApplicationFinding>findByIdOptional(findingId)
                .filter(x -> x.applicationId.equals(a.id))
                .orElseThrow(() -> ProblemException.notFound("finding", findingId));
        if (f.closedAt != null) {
            throw ProblemException.conflict("FINDING_CLOSED", "finding " + findingId + " was closed already");
        }
        FindingView before = FindingView.of(f);
        f.closedBy = actor;
        f.closedAt = Instant.now();
        f.resolution = request.resolution();
        audit.record(AuditChange.of("finding-closed", FINDING, f.id, null, before, FindingView.of(f))
                .forSupplier(a.holderSupplierId));
        return f;
    }

    /** Evaluates the application's footprint version against its criteria set and records it on the application. */
    public Evaluation evaluate(UUID id, String actor) {
        CertificationApplication a = underReview(id, "evaluate");
        ApplicationView before = view(a);
        Evaluation evaluation = evaluations.evaluate(
                new EvaluationRequest(a.footprintVersionId, a.criteriaSetKey, a.criteriaSetVersion), actor);
        a.evaluationId = evaluation.id;
        recordApplication("certification-evaluated", a, before);
        return evaluation;
    }

    /**
     * Decides an application under review. A grant is refused (409, every reason listed) while a major finding is
     * open, a sampled item is unchecked or nonconforming, no evaluation is recorded or it failed a criterion; on a
     * grant the certificate is issued in the same transaction.
     */
    public CertificationApplication decide(UUID id, CertificationRequests.Decision request, String actor) {
        CertificationApplication a = underReview(id, "decide");
        if (actor.equals(a.applicant)) {
            throw ProblemException.forbidden("the applicant cannot decide its own application");
        }
        boolean grant = "grant".equals(request.decision());
        if (grant) {
            List<Violation> blockers = blockers(a);
            if (!blockers.isEmpty()) {
                throw new ProblemException(409, "GRANT_BLOCKED", "Certification cannot be granted yet",
                        blockers.size() + " reason(s) block a grant of application " + id, blockers);
            }
        }
        ApplicationView before = view(a);
        a.status = CertificationApplication.DECIDED;
        a.decision = grant ? CertificationApplication.GRANTED : CertificationApplication.REFUSED;
        a.decisionRationale = request.rationale();
        a.decidedBy = actor;
        a.decidedAt = Instant.now();
        Certificate certificate = grant ? certificates.issue(a, actor) : null;
        recordApplication(grant ? "certification-granted" : "certification-refused", a, before);
        Log.infof("Application %s %s by %s%s", a.id, a.decision, actor,
                certificate == null ? "" : ", certificate " + certificate.id);
        return a;
    }

    /** Findings of an application, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public List<ApplicationFinding> findings(UUID id) {
        return ApplicationFinding.of(id);
    }

    @Transactional(TxType.SUPPORTS)
    public ApplicationView view(CertificationApplication a) {
        return ApplicationView.of(a, ApplicationFinding.of(a.id), certificates.ofApplication(a.id)
                .map(c -> c.id).orElse(null));
    }

    @Transactional(TxType.SUPPORTS)
    public List<CertificationApplication> page(UUID holder, String status, Instant beforeAt, UUID beforeId,
                                               int limit) {
        return CertificationApplication.page(holder, status, beforeAt, beforeId, limit);
    }

    CertificationApplication underReview(UUID id, String what) {
        CertificationApplication a = existing(id);
        requireStatus(a, CertificationApplication.UNDER_REVIEW, what);
        return a;
    }

    private List<Violation> blockers(CertificationApplication a) {
        List<Violation> blockers = new ArrayList<>();
        for (ApplicationFinding f : ApplicationFinding.of(a.id)) {
            if (ApplicationFinding.MAJOR.equals(f.severity) && f.closedAt == null) {
                blockers.add(new Violation("findings[" + f.id + "]", "major finding is open: " + f.text));
            }
        }
        for (EvidenceSample sample : EvidenceSample.of(a.id)) {
            List<SampleCheck> checks = SampleCheck.of(sample.id);
            for (SampleItem item : SampleItem.of(sample.id)) {
                String field = "samples[" + sample.id + "].items[" + item.itemNo + "]";
                String latest = checks.stream().filter(c -> c.itemNo == item.itemNo).reduce((x, y) -> y)
                        .map(c -> c.outcome).orElse(null);
                if (latest == null) {
                    blockers.add(new Violation(field, "is not checked"));
                } else if (SampleCheck.NONCONFORMING.equals(latest)) {
                    blockers.add(new Violation(field, "is nonconforming"));
                }
            }
        }
        if (a.evaluationId == null) {
            blockers.add(new Violation("evaluation", "no evaluation is recorded on the application"));
        } else {
            Evaluation evaluation = Evaluation.findById(a.evaluationId);
            EvaluationService.results(evaluation).stream().filter(r -> "failed".equals(r.outcome()))
                    .forEach(r -> blockers.add(new Violation("evaluation.results[" + r.criterion() + "]",
                            "criterion failed")));
        }
        return blockers;
    }

    private CertificationApplication existing(UUID id) {
        return CertificationApplication.<CertificationApplication>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("certification application", id));
    }

    private static void requireStatus(CertificationApplication a, String status, String what) {
        if (!status.equals(a.status)) {
            throw ProblemException.conflict("APPLICATION_STATE",
                    "cannot " + what + ": application " + a.id + " is " + a.status + ", not " + status);
        }
    }

    private void recordApplication(String action, CertificationApplication a, ApplicationView before) {
        audit.record(AuditChange.of(action, APPLICATION, a.id, null, before, view(a))
                .forSupplier(a.holderSupplierId));
    }
}
