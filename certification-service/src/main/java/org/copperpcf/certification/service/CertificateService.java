package org.copperpcf.certification.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.certification.model.Certificate;
import org.copperpcf.certification.model.CertificateTransition;
import org.copperpcf.certification.model.CertificationApplication;
import org.copperpcf.certification.model.ReplicatedDisclosure;
import org.copperpcf.certification.model.ReplicatedFootprintVersion;
import org.copperpcf.certification.report.CertificateDocument;
import org.copperpcf.certification.rest.CertificationViews;
import org.copperpcf.certification.rest.CertificationViews.CertificateView;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.kit.audit.AuditChange;
import org.copperpcf.kit.audit.AuditTrail;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.security.SupplierScope;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Certificates: issued on a grant, valid for two years from issue (CNCA-CFP-00), with a surveillance audit planned
 * at +12 months (our assumption, docs/certification.md); suspended, reinstated and revoked by a certifier with a
 * reason. Each transition is kept and audited; {@code expired} is derived from the dates.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class CertificateService {
    static final String CERTIFICATE = "certificate";
    /** CNCA-CFP-00:2025: a PCF-label certificate is valid for 2 years. */
    static final int VALIDITY_YEARS = 2;
    /** One surveillance audit within the cycle, at +12 months (assumption, see docs/certification.md). */
    static final List<Integer> SURVEILLANCE_MONTHS = List.of(12);

    private final AuditTrail audit;
    private final SupplierScope scope;

    public CertificateService(AuditTrail audit, SupplierScope scope) {
        this.audit = audit;
        this.scope = scope;
    }

    @Transactional(TxType.MANDATORY)
    Certificate issue(CertificationApplication a, String certifier) {
        ReplicatedFootprintVersion footprint = ReplicatedFootprintVersion.findById(a.footprintVersionId);
        Instant issued = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ZonedDateTime from = issued.atZone(ZoneOffset.UTC);
        Certificate c = new Certificate();
        c.id = nextId(from.getYear());
        c.applicationId = a.id;
        c.status = Certificate.VALID;
        c.product = a.product;
        c.footprintId = a.footprintId;
        c.footprintVersion = a.footprintVersion;
        c.footprintVersionId = a.footprintVersionId;
        c.resultHash = a.resultHash;
        c.declaredUnit = footprint.declaredUnit;
        c.kgCo2e = footprint.kgCo2e;
        c.criteriaSetKey = a.criteriaSetKey;
        c.criteriaSetVersion = a.criteriaSetVersion;
        c.holderSupplierId = a.holderSupplierId;
        c.holderFacilityId = a.holderFacilityId;
        c.issuedAt = issued;
        c.validFrom = issued;
        c.validUntil = from.plusYears(VALIDITY_YEARS).toInstant();
        LocalDate day = from.toLocalDate();
        c.surveillanceDates = EventJson.toJson(SURVEILLANCE_MONTHS.stream().map(m -> day.plusMonths(m).toString())
                .toList());
        c.certifier = certifier;
        c.persist();
        transition(c, null, Certificate.VALID, "granted on application " + a.id, certifier, "certificate-issued",
                null);
        return c;
    }

    public Certificate suspend(String id, String reason, String actor) {
        Certificate c = existing(id);
        requireEffective(c, Certificate.VALID, "suspend");
        return change(c, Certificate.SUSPENDED, reason, actor, "certificate-suspended");
    }

    public Certificate reinstate(String id, String reason, String actor) {
        Certificate c = existing(id);
        requireEffective(c, Certificate.SUSPENDED, "reinstate");
        return change(c, Certificate.VALID, reason, actor, "certificate-reinstated");
    }

    public Certificate revoke(String id, String reason, String actor) {
        Certificate c = existing(id);
        if (Certificate.REVOKED.equals(c.status)) {
            throw ProblemException.conflict("CERTIFICATE_STATE", "certificate " + id + " is revoked already");
        }
        return change(c, Certificate.REVOKED, reason, actor, "certificate-revoked");
    }

    /** A certificate the caller may read: certifiers and admins any, a supplier its own (else 403). */
    @Transactional(TxType.SUPPORTS)
    public Optional<Certificate> find(String id) {
        Optional<Certificate> found = Certificate.findByIdOptional(id);
        found.ifPresent(c -> scope.requireAccessTo(c.holderSupplierId));
        return found;
    }

    /**
     * What the certificate PDF shows, with its status at {@code now}. The holder's name is the facility name of its
     * newest replicated disclosure for that facility; certification-service holds no supplier registry.
     */
    @Transactional(TxType.SUPPORTS)
    public CertificateDocument document(Certificate c, String checkUrl, Instant now) {
        String holderName = c.holderFacilityId == null ? null
                : ReplicatedDisclosure.facilityName(c.holderSupplierId, c.holderFacilityId).orElse(null);
        return new CertificateDocument(c.id, c.effectiveStatus(now), c.holderSupplierId, holderName, c.product,
                c.declaredUnit, c.kgCo2e, c.footprintId, c.footprintVersion, c.resultHash, c.criteriaSetKey,
                c.criteriaSetVersion, c.issuedAt, LocalDate.ofInstant(c.validFrom, ZoneOffset.UTC),
                LocalDate.ofInstant(c.validUntil, ZoneOffset.UTC), CertificationViews.surveillanceDates(c),
                c.certifier, checkUrl);
    }

    /** For the public check: no ownership, no role. */
    @Transactional(TxType.SUPPORTS)
    public Optional<Certificate> findPublic(String id) {
        return Certificate.findByIdOptional(id);
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Certificate> ofApplication(UUID applicationId) {
        return Certificate.find("applicationId", applicationId).firstResultOptional();
    }

    @Transactional(TxType.SUPPORTS)
    public List<CertificateTransition> history(String id) {
        return CertificateTransition.of(id);
    }

    @Transactional(TxType.SUPPORTS)
    public List<Certificate> page(UUID holder, String status, String product, UUID footprintId, Instant beforeAt,
                                  String beforeId, int limit) {
        return Certificate.page(holder, status, product, footprintId, Instant.now(), beforeAt, beforeId, limit);
    }

    private Certificate change(Certificate c, String to, String reason, String actor, String action) {
        CertificateView before = CertificateView.of(c, history(c.id), Instant.now());
        String from = c.status;
        c.status = to;
        transition(c, from, to, reason, actor, action, before);
        Log.infof("Certificate %s: %s -> %s by %s", c.id, from, to, actor);
        return c;
    }

    private void transition(Certificate c, String from, String to, String reason, String actor, String action,
                            CertificateView before) {
        CertificateTransition t = new CertificateTransition();
        t.id = UUID.randomUUID();
        t.certificateId = c.id;
        t.fromStatus = from;
        t.toStatus = to;
        t.reason = reason;
        t.actor = actor;
        t.at = Instant.now();
        t.persist();
        CertificateView after = CertificateView.of(c, history(c.id), Instant.now());
        audit.record(AuditChange.of(action, CERTIFICATE, c.id, null, before, after).forSupplier(c.holderSupplierId));
    }

    /** The next number of {@code year}: a counter row per year, locked by the upsert until this transaction ends. */
    private static String nextId(int year) {
        var em = Panache.getEntityManager();
        em.createNativeQuery("insert into certificate_number (year, last_no) values (?1, 1) on conflict (year) do "
                + "update set last_no = certificate_number.last_no + 1").setParameter(1, year).executeUpdate();
        Number last = (Number) em.createNativeQuery("select last_no from certificate_number where year = ?1")
                .setParameter(1, year).getSingleResult();
        return String.format("CPCF-%d-%06d", year, last.intValue());
    }

    private static void requireEffective(Certificate c, String status, String what) {
        String effective = c.effectiveStatus(Instant.now());
        if (!status.equals(effective)) {
            throw ProblemException.conflict("CERTIFICATE_STATE",
                    "cannot " + what + " certificate " + c.id + ": it is " + effective + ", not " + status);
        }
    }

    private static Certificate existing(String id) {
        return Certificate.<Certificate>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("certificate", id));
    }
}
